using System.Data.Common;
using System.Threading.Channels;

namespace TriageBot.Storage.Database;

/// <summary>
/// One writer for a SQLite file that commits the writes of many turns together: while one commit is going to
/// disk, the writes that arrive queue up, and the next transaction carries all of them. Each write runs in a
/// savepoint of its own, so one that fails (an ETag conflict) is rolled back alone and the others commit. A
/// caller's task completes only after the commit that holds its write is durable: an acknowledged turn is on disk.
/// </summary>
/// <remarks>
/// SQLite takes one writer at a time. Without this, concurrent turns wait for the file lock in SQLite's busy
/// handler, which sleeps (1, 2, 5 ... 100 ms) rather than queues, and every write pays its own fsync: under load
/// the CPU sat idle while turns slept. A write must only run statements on the connection it is given, never
/// wait for another write (it would wait for itself).
/// </remarks>
internal sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>Enough to fill one commit under any load this host sees, small enough to keep a batch short.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Lazy<Task> _writer;
    private DbConnection? _connection;

    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
        _writer = new Lazy<Task>(() => Task.Run(WriteAllAsync));
    }

    /// <summary>Runs <paramref name="work"/> in the next group transaction and returns its result once committed.</summary>
    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new Write<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);
        _ = _writer.Value;
        return write.Committed;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer.IsValueCreated)
            await _writer.Value;
        await DropConnectionAsync();
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                batch.Add(write);
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        try
        {
            if (_connection is null)
            {
                _connection = await _open(CancellationToken.None);
                _connection.KeepCommandsPrepared();
            }

            await using var transaction = await _connection.BeginTransactionAsync();
            foreach (var write in batch)
                await RunOneAsync(_connection, transaction, write);
            await transaction.CommitAsync();
            foreach (var write in batch)
                write.Commit();
        }
        catch (Exception e)
        {
            // The transaction is lost (disk full, file gone): every write in it fails, and the next batch starts on
            // a fresh connection.
            foreach (var write in batch)
                write.Fail(e);
            await DropConnectionAsync();
        }
    }

    /// <summary>Never throws: the writer must outlive any failure, or every later write would wait forever.</summary>
    private async Task DropConnectionAsync()
    {
        var connection = _connection;
        _connection = null;
        try
        {
            if (connection is not null)
            {
                await connection.ReleaseKeptCommandsAsync();
                await connection.DisposeAsync();
            }
        }
        catch (DbException)
        {
            // Closing a broken connection can fail too; the next batch opens a new one either way.
        }
    }

    private static async Task RunOneAsync(DbConnection connection, DbTransaction transaction, Write write)
    {
        if (write.Cancellation.IsCancellationRequested)
        {
            write.Fail(new OperationCanceledException(write.Cancellation));
            return;
        }

        await connection.ExecuteAsync("SAVEPOINT write", transaction, CancellationToken.None);
        try
        {
            await write.RunAsync(connection, transaction);
        }
        catch (Exception e)
        {
            // Should the rollback itself fail, the whole transaction is lost and CommitAsync fails every write.
            await connection.ExecuteAsync("ROLLBACK TO write", transaction, CancellationToken.None);
            write.Fail(e);
        }

        await connection.ExecuteAsync("RELEASE write", transaction, CancellationToken.None);
    }

    private abstract class Write(CancellationToken cancellation)
    {
        public CancellationToken Cancellation { get; } = cancellation;

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        /// <summary>The commit is durable: the caller may go on (does nothing for a write that already failed).</summary>
        public abstract void Commit();

        public abstract void Fail(Exception exception);
    }

    private sealed class Write<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellation)
        : Write(cancellation)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _failed;

        public Task<T> Committed => _done.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _result = await work(connection, transaction, Cancellation);

        public override void Commit()
        {
            if (!_failed)
                _done.TrySetResult(_result!);
        }

        public override void Fail(Exception exception)
        {
            _failed = true;
            _done.TrySetException(exception);
        }
    }
}
