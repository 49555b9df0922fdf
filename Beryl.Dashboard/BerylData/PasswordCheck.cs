using System.Text;

namespace Beryl.Dashboard.BerylData;

/// <summary>The outcome of <see cref="DjangoPasswordHasher.Check"/> and the PBKDF2 iterations it ran.</summary>
public readonly record struct PasswordCheck(bool Matches, int Iterations);
