using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The one definition of "overdue", as an expression the database evaluates (so the board orders,
/// filters and counts by it before any paging, on SQLite and PostgreSQL alike): escalated by the job
/// (<see cref="Alert.OverdueSince"/> set), or not yet dispatched and its dispatch deadline reached,
/// which is the job's own test (<see cref="Alert.MarkOverdue"/>), so the board does not wait for the
/// job's next run to show it.
/// </summary>
internal static class AlertOverdue
{
    /// <summary>Overdue at <paramref name="now"/>.</summary>
    public static Expression<Func<Alert, bool>> At(DateTimeOffset now) =>
        a => a.OverdueSince != null || ((a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged) && a.DispatchDueAt <= now);

    /// <summary>
    /// A projection <paramref name="shape"/> whose second parameter is filled with <see cref="At"/>:
    /// lets a query select the flag without writing the rule a second time.
    /// </summary>
    public static Expression<Func<Alert, TResult>> Into<TResult>(Expression<Func<Alert, bool, TResult>> shape, DateTimeOffset now)
    {
        var rule = At(now);
        var alert = shape.Parameters[0];
        var flag = ReplacingExpressionVisitor.Replace(rule.Parameters[0], alert, rule.Body);
        return Expression.Lambda<Func<Alert, TResult>>(ReplacingExpressionVisitor.Replace(shape.Parameters[1], flag, shape.Body), alert);
    }
}
