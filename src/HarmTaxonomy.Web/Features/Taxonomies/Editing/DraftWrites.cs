using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing;

/// <summary>
/// How the editor's panels and dialogs change the draft without holding a session or a version of their own: the
/// page sends each command with the draft version its screen shows (and moves it on after every write), and reloads
/// the draft when asked. Tests hand panels a fake one.
/// </summary>
public sealed class DraftWrites(Func<ITaxonomyCommand, Task<WriteResult>> write, Func<Task> reload, Func<long> expectedVersion)
{
    /// <summary>The draft version the screen shows now, for dialogs that write through their own path; reload after they do.</summary>
    public long ExpectedVersion => expectedVersion();

    /// <summary>One command against the version the screen loaded; a stale version comes back as <see cref="WriteResult.Stale"/>.</summary>
    public Task<WriteResult> WriteAsync(ITaxonomyCommand command) => write(command);

    /// <summary>
    /// Several commands in order, each expecting the version the previous one left; stops at the first that is refused
    /// or stale. Earlier commands stay written, so the caller reloads when <see cref="WriteBatch.Written"/> is not zero.
    /// </summary>
    public async Task<WriteBatch> WriteAllAsync(IEnumerable<ITaxonomyCommand> commands)
    {
        var written = 0;
        foreach (var command in commands)
        {
            var result = await write(command);
            if (!result.Succeeded)
            {
                return new WriteBatch(written, result);
            }

            written++;
        }

        return new WriteBatch(written, null);
    }

    /// <summary>Reloads the tree, the panel and the expected version; forms keep what the person typed.</summary>
    public Task ReloadAsync() => reload();
}
