using System.Text.Json;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using Marten;
using Marten.Storage;
using Npgsql;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>
/// Reads the draft tree from the columns Marten duplicates for it (see <c>MartenSetup</c>) and only the labels from each
/// category's JSON. A LINQ <c>Select</c> has PostgreSQL build a JSON object per category and the app parse it again,
/// which cost a 5,000-category tree about three times what reading the columns does and kept it above its 100 ms target.
/// </summary>
internal static class DraftTreeReader
{
    public static async Task<List<DraftTreeNode>> ReadAsync(IDocumentStore store, Guid taxonomyId, CancellationToken cancellationToken)
    {
        var table = store.Options.Schema.For<DraftCategory>();
        await using var connection = store.Storage.Database.CreateConnection(ConnectionUsage.Read);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select d.id, d.parent_id, d.position, d.notation, d.status, d.data -> 'Labels' from {table} as d where d.taxonomy_id = @taxonomyId",
            connection);
        command.Parameters.AddWithValue("taxonomyId", taxonomyId);

        var nodes = new List<DraftTreeNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            nodes.Add(new DraftTreeNode
            {
                Id = reader.GetGuid(0),
                ParentId = await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetGuid(1),
                Position = reader.GetInt32(2),
                Notation = reader.GetString(3),
                // Marten stores enums as their numbers unless told otherwise, in the duplicated column too.
                Status = (CategoryStatus)reader.GetInt32(4),
                Labels = await reader.IsDBNullAsync(5, cancellationToken)
                    ? []
                    : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
            });
        }

        return nodes;
    }
}
