using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>INSERT commands made for one connection and transaction, one per table, reused for every row (a group-commit batch reuses them across saves).</summary>
internal sealed class InsertCommands(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<InsertTablePlan, DbCommand> _byTable = [];

    /// <summary>Inserts <paramref name="rows"/> in order; a provider error becomes a <see cref="DbUpdateException"/> as EF would throw.</summary>
    public int Insert(List<InsertRow> rows)
    {
        try
        {
            foreach (var row in rows)
            {
                if (!_byTable.TryGetValue(row.Plan, out var command))
                {
                    command = row.Plan.CreateCommand(connection, transaction);
                    _byTable[row.Plan] = command;
                }

                row.Plan.Bind(command, row.Entity);
                command.ExecuteNonQuery();
            }

            return rows.Count;
        }
        catch (DbException e)
        {
            throw InsertOnlySave.Failed(e);
        }
    }

    public void Dispose()
    {
        foreach (var command in _byTable.Values)
        {
            command.Dispose();
        }

        _byTable.Clear();
    }
}
