using System.Globalization;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;

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

    /// <summary>The newsletter goes out on Tuesdays at 10:00, as scheduled mailings do: all of it at once.</summary>
    private static readonly TimeSpan NewsletterHour = TimeSpan.FromHours(10);

    /// <summary>When an incident's burst of uploads comes.</summary>
    private static readonly TimeSpan BurstHour = TimeSpan.FromHours(9);
    private DayConditions today = DayConditions.Ordinary;

    public int UserCount => users.Count;
    public int ItemCount => items.Count(i => !i.IsDeleted);

    /// <summary>
    /// Founds the world <paramref name="days"/> days before <paramref name="first"/> and lives those days at
    /// <paramref name="growth"/>, so that the first day of the history already has a community.
    /// </summary>
    public void GrowBefore(DateOnly first, int days, double growth, BusinessCalendar calendar, string adminPasswordHash)
    {
        Found(calendar.StartOf(first.AddDays(-days)), adminPasswordHash);
        for (var day = first.AddDays(-days); day < first; day = day.AddDays(1))
            LiveDay(calendar.StartOf(day), calendar.StartOf(day.AddDays(1)), growth);
    }

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
    /// <paramref name="growth"/> scales how many things are created, <paramref name="conditions"/> what is unusual.
    /// People are a quarter more active at weekends, and the marketing newsletter goes out on Tuesdays: a weekly
    /// rhythm, as real communities have. A day lived in parts (the alert evaluation stops at noon to collect) is the
    /// same world as one lived whole: chances are rates over time, and what happens once a day happens at its hour
    /// after <paramref name="dayStart"/> (the span's start when null), in whichever part holds it.
    /// </summary>
    public void LiveDay(DateTime start, DateTime end, double growth = 1, DayConditions? conditions = null, DateTime? dayStart = null)
    {
        var midnight = dayStart ?? start;
        bool During(TimeSpan hour) => midnight + hour >= start && midnight + hour < end;
        today = conditions ?? DayConditions.Ordinary;
        var fraction = (end - start).TotalHours / 24;
        // The business day's weekday: the span's middle is safely inside it, whole day or part.
        var weekday = (start + (end - start) / 2).DayOfWeek;
        var weekend = weekday is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.25 : 1;
        var activity = growth * weekend;
        DateTime At() => start + TimeSpan.FromSeconds(random.NextDouble() * (end - start).TotalSeconds);
        // A daily chance p as a rate: a span of a day's fraction f sees it with chance 1 - (1 - p)^f, so two halves
        // of a day together give p, as the whole day does.
        bool Happens(double dailyChance) => random.NextDouble() < 1 - Math.Pow(1 - Math.Clamp(dailyChance, 0, 1), fraction);

        for (var n = Count(4 * activity * today.SignUps * fraction); n > 0; n--)
            AddUser(At());
        foreach (var user in users.Where(u => u.IsActive && u.DateJoined < start).ToList())
            if (Happens(signInRate.GetValueOrDefault(user, 0.5) * weekend * today.SignIns))
            {
                SignIn(user, At());
                // Reservations, comments and the like: a signed-in user now and then triggers a notification.
                if (random.NextDouble() < 0.1)
                    Mail(user.Email, "notification", At());
            }
        for (var n = Count(2 * activity * fraction); n > 0; n--)
            AddCollection(At());
        for (var n = Count(45 * activity * today.Items * fraction); n > 0 && collections.Count > 0; n--)
            AddItem(At());
        if (During(BurstHour) && today.StorageBurst > 0 && collections.Count > 0)
            UploadBatch(midnight + BurstHour, today.StorageBurst * media.Where(m => !m.IsDeleted).Sum(m => m.FileSize ?? 0));
        ChangeSomeStates(At, Happens);
        DeleteSomeThings(Happens);
        SendMail(At, fraction, weekday == DayOfWeek.Tuesday && During(NewsletterHour) ? midnight + NewsletterHour : null);
        Moderate(At, Happens);
    }

    /// <summary>A Poisson count with this mean: how many independent arrivals (sign-ups, new items) fall in a span.</summary>
    private int Count(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 50)
        {
            // Normal approximation: Knuth's product below would take mean steps.
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * gaussian));
        }
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
            k++;
        return k;
    }

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
        var firstName = Pick(DemoCatalog.FirstNames);
        email ??= $"{firstName}.{users.Count + 1}@example.org";
        var user = new User
        {
            Email = email,
            Username = email,
            FirstName = firstName,
            Password = password,
            DateJoined = at,
            IsSuperuser = superuser,
            IsStaff = superuser,
        };
        // Beryl creates the profile on the user's next save: a few users never got one.
        if (superuser || random.NextDouble() >= 0.03)
        {
            user.Profile = new UserProfile
            {
                Hash = $"{++serial:x6}{random.Next(0x10000):x4}",
                ReceiveMarketingEmails = random.NextDouble() < 0.4,
                CreatedAt = at,
                UpdatedAt = at,
            };
            if (user.Profile.ReceiveMarketingEmails)
                user.Profile.MarketingEmailSubscribedAt = at;
        }
        users.Add(user);
        signInRate[user] = superuser ? 0.9 : 0.02 + 0.6 * Math.Pow(random.NextDouble(), 3);
        db.Users.Add(user);
        if (!superuser)
            Mail(user.Email, "welcome", at.AddMinutes(1));
        SignIn(user, at.AddMinutes(random.Next(1, 30)));
    }

    /// <summary>Beryl keeps only the latest sign-in.</summary>
    private static void SignIn(User user, DateTime at)
    {
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
            Visibility = random.NextDouble() switch { < 0.55 => BerylChoices.Private, < 0.7 => BerylChoices.Unlisted, _ => BerylChoices.Public },
        }, at);
        collections.Add(collection);
        db.Collections.Add(collection);
        if (random.NextDouble() < 0.3)
            db.CollectionImages.Add(Content(new CollectionImage { Collection = collection, MediaFile = AddMedia(at, BerylChoices.CollectionHeader), IsDefault = true }, at));
    }

    private void AddItem(DateTime at)
    {
        var collection = Pick(collections.Where(c => !c.IsDeleted).ToList());
        var type = random.NextDouble() < 0.1 ? null : Pick(types);
        var item = Content(new CollectionItem
        {
            Collection = collection,
            CreatedBy = collection.CreatedBy,
            ItemType = type,
            Status = random.NextDouble() switch
            {
                < 0.64 => BerylChoices.InCollection, < 0.82 => BerylChoices.Wanted, < 0.86 => BerylChoices.Reserved,
                < 0.9 => BerylChoices.Ordered, < 0.94 => BerylChoices.LentOut, _ => BerylChoices.PreviouslyOwned,
            },
            IsFavorite = random.NextDouble() < 0.15,
        }, at);
        items.Add(item);
        db.CollectionItems.Add(item);

        if (type is not null && random.NextDouble() < 0.7)
            foreach (var attribute in attributes[type].Where(_ => random.NextDouble() < 0.6))
                db.AttributeValues.Add(Content(new CollectionItemAttributeValue { Item = item, ItemAttribute = attribute, Value = $"value {serial}" }, at));
        if (random.NextDouble() < 0.4)
        {
            var url = Pick(DemoCatalog.LinkHosts) + random.Next(100000, 999999);
            db.Links.Add(Content(new CollectionItemLink
                { Item = item, Url = url, LinkPattern = LinkPatternMatcher.FirstMatch(url, patterns), CreatedBy = item.CreatedBy }, at));
        }
        for (var n = random.NextDouble() < 0.55 ? random.Next(1, 4) : 0; n > 0; n--)
            db.CollectionItemImages.Add(Content(new CollectionItemImage { Item = item, MediaFile = AddMedia(at, BerylChoices.CollectionItemMedia), IsDefault = n == 1, Order = n }, at));
        // Now and then an upload never gets attached: an orphan.
        if (random.NextDouble() < 0.02)
            AddMedia(at, BerylChoices.OtherMedia);
    }

    /// <summary>Someone uploads a batch of videos totalling <paramref name="bytes"/> to one new item.</summary>
    private void UploadBatch(DateTime at, double bytes)
    {
        var collection = Pick(collections.Where(c => !c.IsDeleted).ToList());
        var item = Content(new CollectionItem { Collection = collection, CreatedBy = collection.CreatedBy, Status = BerylChoices.InCollection }, at);
        items.Add(item);
        db.CollectionItems.Add(item);
        const int files = 8;
        for (var n = 1; n <= files; n++)
        {
            var file = AddMedia(at, BerylChoices.CollectionItemMedia);
            (file.FileSize, file.ContentType, file.FileExists) = ((long)(bytes / files), "video/mp4", true);
            db.CollectionItemImages.Add(Content(new CollectionItemImage { Item = item, MediaFile = file, IsDefault = n == 1, Order = n }, at));
        }
    }

    private MediaFile AddMedia(DateTime at, string mediaType)
    {
        var (contentType, extension, minKb, maxKb) = Pick(DemoCatalog.Media);
        var file = Content(new MediaFile
        {
            FilePath = $"media/{at.ToString("yyyy/MM", CultureInfo.InvariantCulture)}/{serial}.{extension}",
            OriginalFilename = $"IMG_{random.Next(1000, 9999)}.{extension}",
            FileSize = random.NextDouble() < 0.02 ? null : random.Next(minKb, maxKb) * 1024L,
            // Browsers send no content type now and then, or an empty one.
            ContentType = random.NextDouble() switch { < 0.02 => null, < 0.03 => "", _ => contentType },
            MediaType = mediaType,
            StorageBackend = random.NextDouble() < 0.7 ? "GCS" : "LOCAL",
            FileExists = random.NextDouble() >= 0.01,
            LastVerified = at,
            ContentModerationStatus = (random.NextDouble() - 0.02 * today.ModerationFlags) switch
            {
                < 0 => BerylChoices.Flagged, < 0.07 => BerylChoices.Pending, < 0.08 => BerylChoices.Rejected, _ => BerylChoices.Approved,
            },
        }, at);
        media.Add(file);
        db.MediaFiles.Add(file);
        return file;
    }

    private void ChangeSomeStates(Func<DateTime> at, Func<double, bool> happens)
    {
        foreach (var item in items.Where(i => !i.IsDeleted && happens(0.01)))
        {
            item.Status = item.Status == BerylChoices.Wanted ? BerylChoices.InCollection : Pick(BerylChoices.ItemStatuses);
            item.Updated = at();
        }
        foreach (var item in items.Where(i => !i.IsDeleted && happens(0.003)))
            item.IsFavorite = !item.IsFavorite;
        foreach (var collection in collections.Where(c => happens(0.01)))
            collection.Visibility = Pick(BerylChoices.Visibilities);
        // Flagged files wait for an admin, who reviews about half of them each day.
        foreach (var file in media.Where(m => m.ContentModerationStatus == BerylChoices.Flagged && happens(0.5)))
            file.ContentModerationStatus = random.NextDouble() < 0.7 ? BerylChoices.Rejected : BerylChoices.Approved;
        foreach (var file in media.Where(m => m.ContentModerationStatus == BerylChoices.Pending && happens(0.3)))
            file.ContentModerationStatus = random.NextDouble() < 0.05 * today.ModerationFlags ? BerylChoices.Flagged : BerylChoices.Approved;
        foreach (var user in users.Where(u => u.Profile is not null && happens(0.005)))
        {
            user.Profile!.ReceiveMarketingEmails = !user.Profile.ReceiveMarketingEmails;
            if (user.Profile.ReceiveMarketingEmails) user.Profile.MarketingEmailSubscribedAt = at();
            else user.Profile.MarketingEmailUnsubscribedAt = at();
        }
    }

    private void DeleteSomeThings(Func<double, bool> happens)
    {
        // Soft delete sets the flag and nothing else; an item's links, values and images stay as they were.
        foreach (var item in items.Where(i => !i.IsDeleted && happens(0.002)))
            item.IsDeleted = true;
        if (happens(0.05) && collections.Count(c => !c.IsDeleted) > 5)
        {
            // Beryl refuses to delete a collection with live items: its owner deletes them first.
            var collection = Pick(collections.Where(c => !c.IsDeleted).ToList());
            foreach (var item in items.Where(i => i.Collection == collection && !i.IsDeleted))
                item.IsDeleted = true;
            collection.IsDeleted = true;
        }
    }

    private void SendMail(Func<DateTime> at, double fraction, DateTime? newsletter)
    {
        for (var n = Count(6 * fraction); n > 0; n--)
            Mail(Pick(users).Email, "reservation", at());
        if (newsletter is DateTime sent)
            foreach (var user in users.Where(u => u.IsActive && u.Profile?.ReceiveMarketingEmails == true))
                Mail(user.Email, "marketing", sent);
    }

    /// <summary>A message in django-post_office's queue: mostly sent, a few failed, queued or not dispatched yet.</summary>
    private void Mail(string to, string kind, DateTime at)
    {
        var status = (random.NextDouble() - 0.03 * today.MailFailures) switch
        {
            < 0 => BerylChoices.EmailFailed, < 0.01 => BerylChoices.EmailQueued, < 0.015 => BerylChoices.EmailRequeued,
            < 0.02 => (short?)null, _ => BerylChoices.EmailSent,
        };
        db.Emails.Add(new PostOfficeEmail
        {
            FromEmail = "Beryl <noreply@beryl.local>", To = to, Subject = kind, Message = kind, Status = status,
            Priority = 1, Created = at, LastUpdated = at, NumberOfRetries = status == BerylChoices.EmailFailed ? 3 : 0,
        });
    }

    private void Moderate(Func<DateTime> at, Func<double, bool> happens)
    {
        if (!happens(0.15))
            return;
        var candidates = users.Where(u => !u.IsSuperuser && u.IsActive && u.Profile is not null).ToList();
        if (candidates.Count == 0)
            return;
        var offender = Pick(candidates);
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
