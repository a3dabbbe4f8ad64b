namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>Whether account emails actually reach people, so pages never promise a message that will not arrive.</summary>
public interface IEmailDeliveryStatus
{
    bool Delivers { get; }
}
