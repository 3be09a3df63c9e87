namespace Minwon.Screening.Normalization;

/// <summary>
/// Guards the QWERTY-to-Hangul conversion: Latin words that are English (or romanised Korean profanity, which the
/// lexicon matches as Latin) are left alone even when their letters would also spell Hangul syllables.
/// </summary>
internal static class EnglishWords
{
    private static readonly string[] Stems =
    [
        "fuck", "fck", "fuk", "shit", "sht", "bitch", "btch", "cunt", "dick", "cock", "slut", "whore", "twat", "wtf",
        "stfu", "kys", "sibal", "shibal", "ssibal", "byung", "gaesaek", "nigg", "fag", "dumb", "crap", "porn", "sex",
        "kill", "damn", "hell", "jerk", "thx", "http", "www", "html", "pdf", "hwp", "xls", "doc", "kr", "ktx", "srt",
    ];

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "and", "with", "this", "that", "from", "what", "when", "than", "then", "them", "they", "their", "there",
        "which", "while", "shall", "should", "would", "could", "must", "just", "only", "first", "last", "next", "best",
        "text", "test", "list", "form", "call", "mall", "will", "still", "staff", "stress", "street", "strong", "script",
        "script", "mst", "st", "mr", "mrs", "ms", "dr", "km", "kg", "cm", "mm", "tv", "pc", "sms", "gps", "cctv", "lh",
        "sh", "kt", "skt", "lg", "ngo", "dm", "sns", "ptsd", "ceo", "cpr", "qr", "nfc", "rfid", "ssn", "id", "pw",
        "world", "word", "words", "work", "works", "hard", "help", "park", "parking", "road", "card", "most", "post",
        "want", "dont", "didnt", "cant", "wont", "isnt", "with", "without", "thank", "thanks", "think", "thing", "things",
        "sorry", "right", "night", "light", "left", "front", "short", "small", "still", "start", "stop", "step", "store",
        "shop", "ship", "check", "child", "church", "school", "street", "system", "symptom", "myth", "rhythm", "gym",
        "fly", "try", "dry", "cry", "why", "shy", "sky", "spy", "city", "style", "type", "html", "xml", "json", "png",
        "jpg", "gif", "mp", "web", "blog", "link", "click", "mask", "desk", "task", "tax", "fax", "fix", "mix", "box",
        "next", "text", "sent", "send", "spend", "trend", "friend", "plan", "plant", "grant", "want", "bank", "rank",
        "thanks", "hi", "hey", "ok", "okay", "yes", "no", "not", "now", "how", "who", "all", "any", "big", "bad",
    };

    public static bool LooksEnglish(ReadOnlySpan<char> letters)
    {
        Span<char> lower = stackalloc char[letters.Length];
        for (int i = 0; i < letters.Length; i++) lower[i] = (char)(letters[i] | 0x20);
        foreach (var stem in Stems)
        {
            if (lower.IndexOf(stem.AsSpan()) >= 0) return true;
        }
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(lower);
    }
}
