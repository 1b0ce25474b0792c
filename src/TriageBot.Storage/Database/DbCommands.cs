using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TriageBot.Storage.Database;

/// <summary>One parameterised command in one line, on either database (parameters are named @like_this).</summary>
internal static class DbCommands
{
    /// <summary>Commands kept prepared on a long-lived connection that one writer uses at a time.</summary>
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Kept = [];

    /// <summary>From now on, the statements run through <see cref="ExecuteAsync"/> on this connection are prepared
    /// once and kept: SQLite otherwise parses and plans every statement afresh, on the one thread all writes share.</summary>
    public static void KeepCommandsPrepared(this DbConnection connection) => Kept.AddOrUpdate(connection, new(StringComparer.Ordinal));

    public static async ValueTask ReleaseKeptCommandsAsync(this DbConnection connection)
    {
        if (!Kept.TryGetValue(connection, out var commands))
            return;
        Kept.Remove(connection);
        foreach (var command in commands.Values)
            await command.DisposeAsync();
    }

    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(Parameter(command, name, value));
        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        if (Kept.TryGetValue(connection, out var commands))
            return await ExecuteKeptAsync(commands, connection, sql, transaction, parameters, cancellationToken);
        await using var command = connection.Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> ExecuteKeptAsync(
        Dictionary<string, DbCommand> commands, DbConnection connection, string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql, transaction, parameters);
            commands[sql] = command;
        }
        else
        {
            command.Transaction = transaction;
            command.Parameters.Clear();
            foreach (var (name, value) in parameters)
                command.Parameters.Add(Parameter(command, name, value));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>Times are stored as round-trip UTC text, so they sort and compare as strings on both databases.</summary>
    public static string Stored(this DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? TimeOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Time(ordinal);

    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
