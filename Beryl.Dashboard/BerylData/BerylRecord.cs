namespace Beryl.Dashboard.BerylData;

/// <summary>
/// A row of Beryl's data that counts "as of" a moment: it exists from <see cref="Created"/> until
/// <see cref="DeletedAt"/>. Beryl itself keeps an is_deleted flag; a timestamp keeps past counts exact.
/// </summary>
public abstract class BerylRecord
{
    public int Id { get; set; }
    public DateTime Created { get; set; }
    public DateTime? DeletedAt { get; set; }
}

/// <summary>Beryl's content entities share a public hash, a name, an author and an update time.</summary>
public abstract class BerylContent : BerylRecord
{
    public string Hash { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime Updated { get; set; }
    public int? CreatedById { get; set; }
    public User? CreatedBy { get; set; }
}
