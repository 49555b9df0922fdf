namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's base model, which every <c>web_*</c> table but the profile inherits: a key, a public hash, a name, the
/// author, when it was created and last updated, and a soft-delete flag. Beryl keeps no deletion time: a row is
/// live while <see cref="IsDeleted"/> is false (and the rows it belongs to are live).
/// </summary>
public abstract class BerylContent
{
    public long Id { get; set; }
    /// <summary>Unique and required in Django's schema; a random one unless the writer (demo, tests) chooses it.</summary>
    public string Hash { get; set; } = BerylHash.New();
    public DateTime Created { get; set; }
    public DateTime Updated { get; set; }
    public string Name { get; set; } = "";
    public bool IsDeleted { get; set; }
    public int? CreatedById { get; set; }
    public User? CreatedBy { get; set; }
}
