using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Demo;

/// <summary>
/// A small Beryl that lives day by day: people join, sign in, build collections, add items with attributes,
/// links and photos, change statuses, delete things, get mailed, and now and then break the rules.
/// Every random choice comes from one seeded <see cref="Random"/>, so a seed gives the same world.
/// </summary>
internal sealed class DemoWorld(BerylDbContext db, Random random)
{
    private readonly List<User> users = [];
    private readonly List<Collection> collections = [];
    private readonly List<CollectionItem> items = [];
    private readonly List<ItemType> types = [];
    private readonly Dictionary<ItemType, List<ItemAttribute>> attributes = [];
    private readonly List<LinkPattern> patterns = [];
    private readonly List<MediaFile> media = [];
    /// <summary>How likely each user is to sign in on a given day: a few regulars, many occasional visitors.</summary>
    private readonly Dictionary<User, double> signInRate = [];
    private int serial;

    public int UserCount => users.Count;
    public int ItemCount => items.Count(i => i.DeletedAt is null);

    /// <summary>Types, attributes, patterns and the two superusers; only the demo admin has a password.</summary>
    public void Found(DateTime at, string adminPasswordHash)
    {
        foreach (var (name, icon, attrs) in DemoCatalog.ItemTypes)
        {
            var type = Content(new ItemType { DisplayName = name, Name = name, Icon = icon }, at);
            types.Add(type);
            attributes[type] = attrs.Select(a => Content(new ItemAttribute
                { ItemType = type, DisplayName = a.Name, Name = a.Name, AttributeType = a.Type }, at)).ToList();
            db.AddRange(attributes[type]);
        }
        db.AddRange(types);
        foreach (var (name, pattern, active) in DemoCatalog.LinkPatterns)
            patterns.Add(Content(new LinkPattern { DisplayName = name, Name = name, UrlPattern = pattern, IsActive = active }, at));
        db.AddRange(patterns);
        AddUser(at, "admin@beryl.local", superuser: true, password: adminPasswordHash);
        AddUser(at, "ops@beryl.local", superuser: true);
    }

    /// <summary>
    /// What happened between <paramref name="start"/> and <paramref name="end"/> (UTC), a day or part of one;
    /// <paramref name="growth"/> scales how many things are created.
    /// </summary>
    public void LiveDay(DateTime start, DateTime end, double growth = 1)
    {
        var fraction = (end - start).TotalHours / 24;
        DateTime At() => start + TimeSpan.FromSeconds(random.NextDouble() * (end - start).TotalSeconds);
        bool Happens(double dailyChance) => random.NextDouble() < dailyChance * fraction;

        for (var n = Count(4 * growth * fraction); n > 0; n--)
            AddUser(At());
        foreach (var user in users.Where(u => u.IsActive && u.DateJoined < start).ToList())
            if (Happens(signInRate.GetValueOrDefault(user, 0.5)))
                SignIn(user, At());
        for (var n = Count(2 * growth * fraction); n > 0; n--)
            AddCollection(At());
        for (var n = Count(45 * growth * fraction); n > 0 && collections.Count > 0; n--)
            AddItem(At());
        ChangeSomeStates(At, Happens);
        DeleteSomeThings(At, Happens);
        SendMail(At, fraction, Happens);
        Moderate(At, Happens);
    }

    private int Count(double mean) => Math.Max(0, (int)Math.Round(mean * (0.5 + random.NextDouble())));

    private T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private T Content<T>(T entity, DateTime at) where T : BerylContent
    {
        entity.Hash = $"{++serial:x6}{random.Next(0x10000):x4}";
        entity.Created = entity.Updated = at;
        if (string.IsNullOrEmpty(entity.Name))
            entity.Name = $"{typeof(T).Name} {serial}";
        return entity;
    }

    private void AddUser(DateTime at, string? email = null, bool superuser = false, string password = "!")
    {
        var user = new User
        {
            Email = email ?? $"{Pick(DemoCatalog.FirstNames)}.{users.Count + 1}@example.org",
            Password = password,
            DateJoined = at,
            IsSuperuser = superuser,
            IsStaff = superuser,
            Profile = new UserProfile { ReceiveMarketingEmails = random.NextDouble() < 0.4 },
        };
        if (user.Profile.ReceiveMarketingEmails)
            user.Profile.MarketingSubscribedAt = at;
        users.Add(user);
        signInRate[user] = superuser ? 0.9 : 0.02 + 0.6 * Math.Pow(random.NextDouble(), 3);
        db.Users.Add(user);
        if (!superuser)
            Mail(user.Email, "welcome", at.AddMinutes(1));
        SignIn(user, at.AddMinutes(random.Next(1, 30)));
    }

    private void SignIn(User user, DateTime at)
    {
        db.UserLogins.Add(new UserLogin { User = user, At = at });
        if (user.LastLogin is null || user.LastLogin < at)
            user.LastLogin = at;
    }

    private void AddCollection(DateTime at)
    {
        var owner = Pick(users);
        var collection = Content(new Collection
        {
            CreatedBy = owner,
            Name = $"{owner.Email.Split('.')[0]}'s {Pick(DemoCatalog.CollectionWords)}",
            Visibility = random.NextDouble() switch { < 0.55 => Visibility.Private, < 0.7 => Visibility.Unlisted, _ => Visibility.Public },
        }, at);
        collections.Add(collection);
        db.Collections.Add(collection);
        if (random.NextDouble() < 0.3)
            db.CollectionImages.Add(new CollectionImage { Collection = collection, MediaFile = AddMedia(at, MediaType.CollectionHeader), IsDefault = true, Created = at });
    }

    private void AddItem(DateTime at)
    {
        var collection = Pick(collections.Where(c => c.DeletedAt is null).ToList());
        var type = random.NextDouble() < 0.1 ? null : Pick(types);
        var item = Content(new CollectionItem
        {
            Collection = collection,
            CreatedBy = collection.CreatedBy,
            ItemType = type,
            Status = random.NextDouble() switch
            {
                < 0.62 => ItemStatus.InCollection, < 0.8 => ItemStatus.Wanted, < 0.84 => ItemStatus.Reserved,
                < 0.88 => ItemStatus.Ordered, < 0.91 => ItemStatus.LentOut, < 0.95 => ItemStatus.PreviouslyOwned,
                < 0.98 => ItemStatus.Sold, _ => ItemStatus.GivenAway,
            },
            IsFavorite = random.NextDouble() < 0.15,
        }, at);
        items.Add(item);
        db.CollectionItems.Add(item);

        if (type is not null && random.NextDouble() < 0.7)
            foreach (var attribute in attributes[type].Where(_ => random.NextDouble() < 0.6))
                db.AttributeValues.Add(new CollectionItemAttributeValue { Item = item, ItemAttribute = attribute, Value = $"value {serial}", Created = at });
        if (random.NextDouble() < 0.4)
        {
            var url = Pick(DemoCatalog.LinkHosts) + random.Next(100000, 999999);
            db.Links.Add(Content(new CollectionItemLink
                { Item = item, Url = url, LinkPattern = LinkPatternMatcher.FirstMatch(url, patterns), CreatedBy = item.CreatedBy }, at));
        }
        for (var n = random.NextDouble() < 0.55 ? random.Next(1, 4) : 0; n > 0; n--)
            db.CollectionItemImages.Add(new CollectionItemImage { Item = item, MediaFile = AddMedia(at, MediaType.CollectionItem), IsDefault = n == 1, Order = n, Created = at });
        // Now and then an upload never gets attached: an orphan.
        if (random.NextDouble() < 0.02)
            AddMedia(at, MediaType.Other);
    }

    private MediaFile AddMedia(DateTime at, MediaType type)
    {
        var (contentType, extension, minKb, maxKb) = Pick(DemoCatalog.Media);
        var file = Content(new MediaFile
        {
            FilePath = $"media/{at:yyyy/MM}/{serial}.{extension}",
            OriginalFilename = $"IMG_{random.Next(1000, 9999)}.{extension}",
            FileSize = random.NextDouble() < 0.02 ? null : random.Next(minKb, maxKb) * 1024L,
            ContentType = random.NextDouble() < 0.03 ? null : contentType,
            MediaType = type,
            StorageBackend = random.NextDouble() < 0.7 ? StorageBackend.Gcs : StorageBackend.Local,
            FileExists = random.NextDouble() >= 0.01,
            LastVerified = at,
            ContentModerationStatus = random.NextDouble() switch { < 0.9 => ModerationStatus.Approved, < 0.97 => ModerationStatus.Pending, < 0.99 => ModerationStatus.Flagged, _ => ModerationStatus.Rejected },
        }, at);
        media.Add(file);
        db.MediaFiles.Add(file);
        return file;
    }

    private void ChangeSomeStates(Func<DateTime> at, Func<double, bool> happens)
    {
        foreach (var item in items.Where(i => i.DeletedAt is null && happens(0.01)))
        {
            item.Status = item.Status == ItemStatus.Wanted ? ItemStatus.InCollection : Pick(Enum.GetValues<ItemStatus>());
            item.Updated = at();
        }
        foreach (var item in items.Where(i => i.DeletedAt is null && happens(0.003)))
            item.IsFavorite = !item.IsFavorite;
        foreach (var collection in collections.Where(c => happens(0.01)))
            collection.Visibility = Pick(Enum.GetValues<Visibility>());
        foreach (var file in media.Where(m => m.ContentModerationStatus == ModerationStatus.Pending && happens(0.3)))
            file.ContentModerationStatus = random.NextDouble() < 0.95 ? ModerationStatus.Approved : ModerationStatus.Flagged;
        foreach (var user in users.Where(u => u.Profile is not null && happens(0.005)))
        {
            user.Profile!.ReceiveMarketingEmails = !user.Profile.ReceiveMarketingEmails;
            if (user.Profile.ReceiveMarketingEmails) user.Profile.MarketingSubscribedAt = at();
            else user.Profile.MarketingUnsubscribedAt = at();
        }
    }

    private void DeleteSomeThings(Func<DateTime> at, Func<double, bool> happens)
    {
        foreach (var item in items.Where(i => i.DeletedAt is null && happens(0.002)))
            item.DeletedAt = at();
        if (happens(0.05) && collections.Count(c => c.DeletedAt is null) > 5)
        {
            var collection = Pick(collections.Where(c => c.DeletedAt is null).ToList());
            var when = at();
            collection.DeletedAt = when;
            foreach (var item in items.Where(i => i.Collection == collection && i.DeletedAt is null))
                item.DeletedAt = when;
        }
    }

    private void SendMail(Func<DateTime> at, double fraction, Func<double, bool> happens)
    {
        for (var n = Count(6 * fraction); n > 0; n--)
            Mail(Pick(users).Email, "reservation", at());
        if (happens(1.0 / 7))
            foreach (var user in users.Where(u => u.IsActive && u.Profile?.ReceiveMarketingEmails == true))
                Mail(user.Email, "marketing", at());
    }

    private void Mail(string to, string kind, DateTime at)
    {
        var roll = random.NextDouble();
        var status = roll < 0.03 ? EmailStatus.Failed : roll < 0.05 ? EmailStatus.Pending : EmailStatus.Sent;
        db.EmailMessages.Add(new EmailMessage
        {
            To = to, Kind = kind, Status = status, Created = at,
            SentAt = status == EmailStatus.Sent ? at.AddSeconds(random.Next(1, 90)) : null,
            Error = status == EmailStatus.Failed ? "550 mailbox unavailable" : null,
        });
    }

    private void Moderate(Func<DateTime> at, Func<double, bool> happens)
    {
        if (!happens(0.15))
            return;
        var offender = Pick(users.Where(u => !u.IsSuperuser && u.IsActive).ToList());
        var when = at();
        offender.Profile!.ContentModerationViolations++;
        offender.Profile.LastViolationAt = when;
        if (offender.Profile.ContentModerationViolations >= 3)
        {
            offender.Profile.IsContentBanned = true;
            offender.Profile.ContentBannedAt = when;
            offender.IsActive = false;
        }
    }
}
