using System.Security.Cryptography;
using System.Text;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Django's default password hasher, so Beryl's stored passwords work here:
/// <c>pbkdf2_sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;base64 of PBKDF2-HMAC-SHA256, 32 bytes&gt;</c>.
/// </summary>
public static class DjangoPasswordHasher
{
    public const string Algorithm = "pbkdf2_sha256";

    /// <summary>Django 5.2's iteration count: the cost of every check, whatever is stored.</summary>
    public const int Iterations = 1_000_000;

    private const string SaltAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Derived from when there is nothing to verify, so that case costs what a real check costs.
    private const string DummySalt = "berylnothingtoverify";

    public static string Hash(string password, string? salt = null, int iterations = Iterations)
    {
        salt ??= RandomNumberGenerator.GetString(SaltAlphabet, 22);
        if (salt.Contains('$'))
            throw new ArgumentException("A salt cannot contain '$'.", nameof(salt));
        return $"{Algorithm}${iterations}${salt}${Derive(password, salt, iterations)}";
    }

    /// <summary>True when <paramref name="password"/> matches the stored Django hash; false for any other format.</summary>
    public static bool Verify(string password, string? stored) => Check(password, stored).Matches;

    /// <summary>
    /// Verifies like <see cref="Verify"/>, always spending at least <see cref="Iterations"/> iterations, so the
    /// time taken does not tell an unknown email (<paramref name="stored"/> null), an unusable password
    /// (Django's <c>!...</c>), another format or an older, cheaper hash from a real one: what a stored hash
    /// costs less is spent on a dummy derivation. The result says how many iterations ran.
    /// </summary>
    public static PasswordCheck Check(string password, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not [Algorithm, var iterationText, var salt, var expected]
            || !int.TryParse(iterationText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var iterations)
            || iterations < 1)
        {
            Derive(password, DummySalt, Iterations);
            return new PasswordCheck(false, Iterations);
        }
        var actual = Derive(password, salt, iterations);
        if (iterations < Iterations)
            Derive(password, DummySalt, Iterations - iterations);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(expected));
        return new PasswordCheck(matches, Math.Max(iterations, Iterations));
    }

    private static string Derive(string password, string salt, int iterations) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), iterations, HashAlgorithmName.SHA256, 32));
}
