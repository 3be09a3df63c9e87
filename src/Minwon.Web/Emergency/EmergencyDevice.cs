using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Emergency;

/// <summary>
/// A physical emergency button (at a desk, a counselling room) that calls POST /api/v1/emergency/press. Only a
/// SHA-256 hash of its key is stored: the key is shown once when the device is registered.
/// </summary>
public class EmergencyDevice
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Location { get; set; }
    public required byte[] KeyHash { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? LastPressedAt { get; set; }

    /// <summary>A new random key (256 bits, URL-safe); high entropy, so a plain hash is enough to store it.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string key) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));

    /// <summary>Constant-time comparison, so response timing tells an attacker nothing about the key.</summary>
    public bool Accepts(string key) => CryptographicOperations.FixedTimeEquals(KeyHash, Hash(key));
}

sealed class EmergencyDeviceConfiguration : IEntityTypeConfiguration<EmergencyDevice>
{
    public void Configure(EntityTypeBuilder<EmergencyDevice> b)
    {
        b.ToTable("EmergencyDevices");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(100);
        b.Property(x => x.KeyHash).HasMaxLength(32);
    }
}
