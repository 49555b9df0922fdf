namespace Beryl.Dashboard.BerylData;

/// <summary>A fresh value for Beryl's 10-character unique hash columns.</summary>
public static class BerylHash
{
    public static string New() => Guid.NewGuid().ToString("N")[..10];
}
