using System.Buffers.Binary;

namespace Minwon.Web.Documents;

/// <summary>
/// Cuts a TrueType font down to the characters a document uses, keeping every glyph id: the outlines of all other
/// glyphs are dropped from 'glyf' (their 'loca' entries become empty), the character map is rewritten to the
/// characters used, and the other tables are kept, so metrics and ids stay valid. Skia's PDF back end embeds whole
/// font files; a subset made this way keeps a Hangul report at tens of kilobytes instead of megabytes. The new
/// character map also fixes copied text: NanumGothic maps control characters to the space glyph, and Skia's
/// ToUnicode table read the space back as U+0001.
/// </summary>
public static class FontSubset
{
    const ushort ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;

    /// <param name="characters">The characters used (Basic Multilingual Plane) and their glyphs in this font.</param>
    public static byte[] Subset(ReadOnlySpan<byte> font, IReadOnlyDictionary<int, ushort> characters)
    {
        var glyphs = characters.Values;
        var tables = ReadTables(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) ||
            !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
            throw new InvalidDataException("Not a TrueType font with glyph outlines.");
        if (head.Length < 54 || maxp.Length < 6) throw new InvalidDataException("The font's head or maxp table is cut short.");
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp.Offset + 4)..]);
        bool longLoca = BinaryPrimitives.ReadInt16BigEndian(font[(head.Offset + 50)..]) == 1;
        if (loca.Length < (numGlyphs + 1) * (longLoca ? 4 : 2)) throw new InvalidDataException("The font's loca table is cut short.");
        var glyfData = font.Slice(glyf.Offset, glyf.Length);
        var locaData = font.Slice(loca.Offset, loca.Length);
        var starts = new int[numGlyphs + 1];
        for (int g = 0; g <= numGlyphs; g++)
        {
            starts[g] = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(locaData[(4 * g)..]) : 2 * BinaryPrimitives.ReadUInt16BigEndian(locaData[(2 * g)..]);
            if (starts[g] > glyfData.Length || (g > 0 && starts[g] < starts[g - 1])) throw new InvalidDataException("The font's glyph locations are out of order.");
        }

        // the glyphs asked for, .notdef, and the parts of composite glyphs
        var keep = new bool[numGlyphs];
        var pending = new Stack<int>(glyphs.Where(g => g < numGlyphs).Select(g => (int)g).Append(0));
        while (pending.Count > 0)
        {
            int g = pending.Pop();
            if (keep[g]) continue;
            keep[g] = true;
            int start = starts[g], end = starts[g + 1];
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyfData[start..]) >= 0) continue;
            int p = start + 10;
            ushort flags;
            do
            {
                if (p + 4 > end) throw new InvalidDataException("A composite glyph of the font is cut short.");
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyfData[p..]);
                int component = BinaryPrimitives.ReadUInt16BigEndian(glyfData[(p + 2)..]);
                if (component < numGlyphs) pending.Push(component);
                p += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                p += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
            }
            while ((flags & MoreComponents) != 0 && p < end);
        }

        // new 'glyf' and a long-format 'loca' with the same glyph ids
        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (numGlyphs + 1)];
        for (int g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!keep[g]) continue;
            newGlyf.Write(glyfData[starts[g]..starts[g + 1]]);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * numGlyphs), (uint)newGlyf.Length);
        var newHead = font.Slice(head.Offset, head.Length).ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // indexToLocFormat: long
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set below

        var contents = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, t) in tables)
        {
            if (Unneeded(tag)) continue;
            contents[tag] = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => newLoca,
                "head" => newHead,
                "cmap" => CharacterMap(characters) ?? font.Slice(t.Offset, t.Length).ToArray(),
                _ => font.Slice(t.Offset, t.Length).ToArray(),
            };
        }
        return Write(font[..4], contents);
    }

    // a format 4 map of the used characters (one segment each), under Unicode BMP and Windows BMP; null when too many
    // characters for one format 4 table (the font's own map is kept then)
    static byte[]? CharacterMap(IReadOnlyDictionary<int, ushort> characters)
    {
        var used = characters.Where(c => c.Key is > 0 and < 0xFFFF && c.Value != 0).OrderBy(c => c.Key).ToList();
        int segments = used.Count + 1;
        int length = 16 + 8 * segments;
        if (length > ushort.MaxValue) return null;
        var table = new byte[20 + length]; // header and two encoding records, then the subtable
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 2); // two encoding records, one subtable
        BinaryPrimitives.WriteUInt16BigEndian(t[4..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], 3);
        BinaryPrimitives.WriteUInt32BigEndian(t[8..], 20);
        BinaryPrimitives.WriteUInt16BigEndian(t[12..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(t[14..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(t[16..], 20);
        var f = t[20..];
        int power = 1, log = 0;
        while (power * 2 <= segments) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(f, 4);
        BinaryPrimitives.WriteUInt16BigEndian(f[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(f[6..], (ushort)(2 * segments));
        BinaryPrimitives.WriteUInt16BigEndian(f[8..], (ushort)(2 * power));
        BinaryPrimitives.WriteUInt16BigEndian(f[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(f[12..], (ushort)(2 * segments - 2 * power));
        int ends = 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
        for (int i = 0; i < segments; i++)
        {
            // the last segment maps 0xFFFF to glyph 0, as the format requires
            var (code, glyph) = i < used.Count ? (used[i].Key, used[i].Value) : (0xFFFF, (ushort)0);
            BinaryPrimitives.WriteUInt16BigEndian(f[(ends + 2 * i)..], (ushort)code);
            BinaryPrimitives.WriteUInt16BigEndian(f[(starts + 2 * i)..], (ushort)code);
            BinaryPrimitives.WriteUInt16BigEndian(f[(deltas + 2 * i)..], (ushort)((glyph - code) & 0xFFFF));
            BinaryPrimitives.WriteUInt16BigEndian(f[(offsets + 2 * i)..], 0);
        }
        return table;
    }

    // font-editor sources (VTT's TSI0–TSI5), the signature (invalid once the font changes) and per-size caches that
    // renderers rebuild from the outlines
    static bool Unneeded(string tag) => tag.StartsWith("TSI", StringComparison.Ordinal) || tag is "DSIG" or "hdmx" or "VDMX" or "LTSH";

    readonly record struct Table(int Offset, int Length);

    static Dictionary<string, Table> ReadTables(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) throw new InvalidDataException("Not a font file.");
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (12 + 16 * count > font.Length) throw new InvalidDataException("The font's table directory is cut short.");
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + length > font.Length) throw new InvalidDataException($"Font table {tag} lies outside the file.");
            tables[tag] = new Table(offset, length);
        }
        return tables;
    }

    static byte[] Write(ReadOnlySpan<byte> sfntVersion, SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int power = 1, log = 0;
        while (power * 2 <= count) { power *= 2; log++; }
        int offset = 12 + 16 * count;
        int size = offset + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var output = new byte[size];
        sfntVersion.CopyTo(output);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(count * 16 - power * 16));
        int i = 0, headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            var record = output.AsSpan(12 + 16 * i++, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(output, offset);
            if (tag == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
        }
        if (headOffset >= 0) BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(output));
        return output;
    }

    static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
