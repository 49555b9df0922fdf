using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>Each Beryl table's rows as <see cref="ListedRow"/>s: the columns a person recognises a row by.</summary>
public static class RowShapes
{
    public static IQueryable<ListedRow> Listed(this IQueryable<User> users) => users.Select(u => new ListedRow
    {
        Table = RowTable.User, Id = u.Id, Name = u.Username, Owner = u.Email, Created = u.DateJoined, LastSignIn = u.LastLogin,
    });

    public static IQueryable<ListedRow> Listed(this IQueryable<Collection> collections) => collections.Select(c => new ListedRow
    {
        Table = RowTable.Collection, Id = c.Id, Name = c.Name, Owner = c.CreatedBy!.Email, Created = c.Created, Status = c.Visibility,
    });

    public static IQueryable<ListedRow> Listed(this IQueryable<CollectionItem> items) => items.Select(i => new ListedRow
    {
        Table = RowTable.Item, Id = i.Id, Name = i.Name, Owner = i.CreatedBy!.Email, Created = i.Created, Status = i.Status,
    });

    public static IQueryable<ListedRow> Listed(this IQueryable<MediaFile> files) => files.Select(m => new ListedRow
    {
        Table = RowTable.MediaFile, Id = m.Id, Name = m.OriginalFilename, Owner = m.CreatedBy!.Email, Created = m.Created,
        Status = m.ContentModerationStatus, Size = m.FileSize,
    });

    public static IQueryable<ListedRow> Listed(this IQueryable<PostOfficeEmail> emails) => emails.Select(e => new ListedRow
    {
        Table = RowTable.Email, Id = e.Id, Name = e.Subject, Owner = e.To, Created = e.Created,
        Status = e.Status == BerylChoices.EmailSent ? "sent" : e.Status == BerylChoices.EmailFailed ? "failed" : "pending",
        // The error of its last failed attempt: what the admin needs to know why it failed.
        LastError = e.Status == BerylChoices.EmailFailed
            ? e.Logs.Where(l => l.Status == BerylChoices.EmailFailed).OrderByDescending(l => l.Date).ThenByDescending(l => l.Id)
                .Select(l => l.ExceptionType == "" ? l.Message : l.ExceptionType + ": " + l.Message).FirstOrDefault()
            : null,
    });

    /// <summary>A link's address, with the pattern it matched as its status (none: null).</summary>
    public static IQueryable<ListedRow> Listed(this IQueryable<CollectionItemLink> links) => links.Select(l => new ListedRow
    {
        Table = RowTable.Link, Id = l.Id, Name = l.Url, Owner = l.CreatedBy!.Email, Created = l.Created,
        Status = l.LinkPattern == null ? null : l.LinkPattern.DisplayName,
    });
}
