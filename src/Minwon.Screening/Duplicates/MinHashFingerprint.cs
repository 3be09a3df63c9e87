using System.Buffers.Binary;

namespace Minwon.Screening.Duplicates;

/// <summary>
/// A MinHash signature of a complaint text: <see cref="HashCount"/> minima over the character 3-gram shingles of the
/// normalised text (see <see cref="MinHasher"/>). Persist it with <see cref="ToBytes"/> (514 bytes, e.g. a bytea/BLOB
/// column) and read it back with <see cref="FromBytes"/>.
/// </summary>
public sealed class MinHashFingerprint : IEquatable<MinHashFingerprint>
{
    /// <summary>Number of hash functions. The estimate's standard error is sqrt(J(1−J)/128): ±0.04 at J = 0.7.</summary>
    public const int HashCount = 128;

    /// <summary>Serialised size: a format byte, the hash count, then the values as little-endian uint32.</summary>
    public const int ByteLength = 2 + HashCount * sizeof(uint);

    private const byte FormatVersion = 1;

    private readonly uint[] _values;

    internal MinHashFingerprint(uint[] values) => _values = values;

    /// <summary>The minima, one per hash function.</summary>
    public ReadOnlySpan<uint> Values => _values;

    /// <summary>True for a text with nothing left after normalisation (no letters or digits); it matches nothing.</summary>
    public bool IsEmpty => _values[0] == uint.MaxValue && _values.AsSpan().IndexOfAnyExcept(uint.MaxValue) < 0;

    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        bytes[0] = FormatVersion;
        bytes[1] = HashCount;
        for (var i = 0; i < HashCount; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(2 + i * 4), _values[i]);
        }

        return bytes;
    }

    public static MinHashFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength || bytes[0] != FormatVersion || bytes[1] != HashCount)
        {
            throw new FormatException($"Not a version {FormatVersion} MinHash fingerprint of {HashCount} hashes ({bytes.Length} bytes).");
        }

        var values = new uint[HashCount];
        for (var i = 0; i < HashCount; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(2 + i * 4)..]);
        }

        return new MinHashFingerprint(values);
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets: the share of equal minima.</summary>
    public double EstimateSimilarity(MinHashFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < HashCount; i++)
        {
            same += _values[i] == other._values[i] ? 1 : 0;
        }

        return same / (double)HashCount;
    }

    public bool Equals(MinHashFingerprint? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as MinHashFingerprint);

    public override int GetHashCode() => HashCode.Combine(_values[0], _values[1], _values[2], _values[3]);
}
