using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Records the text of every command the host runs synchronously (blocking a thread) while it is on.</summary>
public sealed class SyncCommandRecorder : DbCommandInterceptor
{
    public bool On { get; set; }

    public ConcurrentQueue<string> Seen { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    private void Record(DbCommand command)
    {
        if (On)
        {
            Seen.Enqueue(command.CommandText);
        }
    }
}
