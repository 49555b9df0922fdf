namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>The Beryl table a listed row is from: where Beryl's Django admin shows it.</summary>
public enum RowTable
{
    User,
    Collection,
    Item,
    MediaFile,
    Email,
    Link,
}
