using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Tests.Auth;

public sealed class DjangoPasswordHasherTests
{
    /// <summary>
    /// Django's own expected value in <c>TestUtilsHashPass.test_pbkdf2</c> of tests/auth_tests/test_hashers.py
    /// (django/django at 02dbf1667c6da61ea9346f7c9f174a158b896811, Django 4.1, whose default was 390,000 iterations):
    /// <c>make_password("lètmein", "seasalt", "pbkdf2_sha256")</c>.
    /// </summary>
    private const string DjangoVector = "pbkdf2_sha256$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=";

    private const string DjangoPassword = "l\u00e8tmein"; // "lètmein", non-ASCII on purpose: Django hashes UTF-8

    [Fact]
    public void A_hash_made_by_Django_verifies_with_its_password()
    {
        Assert.True(DjangoPasswordHasher.Verify(DjangoPassword, DjangoVector));
    }

    [Fact]
    public void Hashing_Djangos_inputs_gives_Djangos_string()
    {
        Assert.Equal(DjangoVector, DjangoPasswordHasher.Hash(DjangoPassword, "seasalt", 390_000));
    }

    [Theory]
    [InlineData("l\u00e8tmeinz")] // Django's own wrong password in the same test
    [InlineData("letmein")]
    [InlineData("")]
    public void A_wrong_password_does_not_verify(string password)
    {
        Assert.False(DjangoPasswordHasher.Verify(password, DjangoVector));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!")] // Django's unusable password
    [InlineData("!Xk2mBzP0sLqv7WfEr9tYuIoPaSdFgHjKlZxCvBnM")]
    [InlineData("pbkdf2_sha256$390000$seasalt")]
    [InlineData("pbkdf2_sha256$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=$extra")]
    [InlineData("pbkdf2_sha1$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=")]
    [InlineData("pbkdf2_sha256$many$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=")]
    [InlineData("pbkdf2_sha256$0$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=")]
    [InlineData("pbkdf2_sha256$-1$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=")]
    [InlineData("argon2$argon2id$v=19$m=102400,t=2,p=8$c2Vhc2FsdA$abc")]
    public void A_stored_value_that_is_not_a_pbkdf2_sha256_hash_never_verifies(string? stored)
    {
        Assert.False(DjangoPasswordHasher.Verify(DjangoPassword, stored));
    }

    [Fact]
    public void A_new_hash_round_trips_and_uses_Djangos_format()
    {
        var hash = DjangoPasswordHasher.Hash("beryl-demo", iterations: 1000);

        var parts = hash.Split('$');
        Assert.Equal("pbkdf2_sha256", parts[0]);
        Assert.Equal("1000", parts[1]);
        Assert.Equal(22, parts[2].Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.True(DjangoPasswordHasher.Verify("beryl-demo", hash));
        Assert.False(DjangoPasswordHasher.Verify("beryl-demo ", hash));
    }

    [Fact]
    public void Two_hashes_of_one_password_have_different_salts()
    {
        Assert.NotEqual(DjangoPasswordHasher.Hash("beryl-demo", iterations: 1000), DjangoPasswordHasher.Hash("beryl-demo", iterations: 1000));
    }
}
