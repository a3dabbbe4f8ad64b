using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// One session's room in memory with the locks around it. <see cref="Read{T}"/> and <see cref="Apply"/> take a short
/// monitor lock (decisions and folding are microseconds); <see cref="EnterWriteAsync"/> serialises the writes that
/// decide against the room and then commit (statements, moderation, phases), so two of them never decide on the
/// same state. Votes do not take the write gate: the group committer orders them.
/// </summary>
public sealed class LiveRoom(SessionRoom room) : IDisposable
{
    private readonly Lock sync = new();
    private readonly SemaphoreSlim writeGate = new(1, 1);

    public Guid Id => room.Id;

    public T Read<T>(Func<SessionRoom, T> read)
    {
        lock (sync)
        {
            return read(room);
        }
    }

    /// <summary>Changes state that is not an event (the analysis's item extremities) under the same lock.</summary>
    public void Update(Action<SessionRoom> update)
    {
        lock (sync)
        {
            update(room);
        }
    }

    public RoomChange Apply(ISessionEvent change, Guid eventId, long sequence)
    {
        lock (sync)
        {
            return room.Apply(change, eventId, sequence);
        }
    }

    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        return new Release(writeGate);
    }

    public void Dispose() => writeGate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
