using JasperFx.Events;
using Marten.Events.Projections;

namespace HarmTaxonomy.Domain.Accounts;

/// <summary>Keeps one <see cref="RoleChange"/> document per grant or revocation, for the admin's audit view.</summary>
public sealed partial class RoleChangeProjection : EventProjection
{
    public static RoleChange Create(IEvent<UserRoleGranted> granted) =>
        new(granted.Id, granted.Data.UserId, granted.Data.Role, Granted: true, granted.Data.GrantedBy, granted.Data.GrantedAt);

    public static RoleChange Create(IEvent<UserRoleRevoked> revoked) =>
        new(revoked.Id, revoked.Data.UserId, revoked.Data.Role, Granted: false, revoked.Data.RevokedBy, revoked.Data.RevokedAt);
}
