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
    });
}
