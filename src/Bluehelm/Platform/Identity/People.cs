using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Identity;

/// <summary>
/// Turns the user ids kept in histories (timelines, notes, audit) into people: two small queries for
/// a page's worth of ids. A user without a display name is shown by the local part of the e-mail.
/// </summary>
public static class People
{
    public static async Task<IReadOnlyDictionary<Guid, Person>> PeopleAsync(this BluehelmDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0)
        {
            return new Dictionary<Guid, Person>();
        }

        var users = await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles.AsNoTracking()
                           join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                           where list.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.Where(r => r.Name is not null).ToLookup(r => r.UserId, r => r.Name!);
        return users.ToDictionary(
            u => u.Id,
            u => new Person(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? (u.Email ?? "").Split('@')[0] : u.DisplayName, [.. byUser[u.Id].Order(StringComparer.Ordinal)]));
    }
}
