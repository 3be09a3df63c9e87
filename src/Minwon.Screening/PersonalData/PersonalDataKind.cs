namespace Minwon.Screening.PersonalData;

/// <summary>The kinds of personal data the detector finds in free text.</summary>
public enum PersonalDataKind
{
    /// <summary>주민등록번호, date- and checksum-validated (gender digit 1–4, or 9/0 for the 1800s).</summary>
    ResidentNumber,

    /// <summary>외국인등록번호 (gender digit 5–8), date- and checksum-validated.</summary>
    ForeignerNumber,

    /// <summary>Mobile (01x) and landline (02, 0xx, 070) numbers, also written +82.</summary>
    Phone,

    Email,

    /// <summary>13–19 digits in the usual groupings, Luhn-validated.</summary>
    CardNumber,

    /// <summary>Bank account patterns, only next to a keyword such as 계좌 or 은행.</summary>
    BankAccount,

    /// <summary>Korean passport numbers (M12345678, M123A4567), only next to 여권/passport.</summary>
    Passport,

    /// <summary>도로명주소: 시/도 … 구/군 … 로/길 + building number.</summary>
    RoadAddress,
}

/// <summary>One finding: its kind and the UTF-16 span in the original text.</summary>
public readonly record struct PersonalDataMatch(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Detector settings. The defaults follow issue 2: never report a resident number that fails the checksum.</summary>
public sealed record PersonalDataOptions
{
    /// <summary>
    /// Resident numbers issued since October 2020 end in six random digits and so carry no valid checksum. With the default
    /// (false) they are missed, which keeps random 13-digit strings from being reported. Set true to also accept a
    /// hyphenated <c>YYMMDD-GNNNNNN</c> with a valid date and gender digit but no valid checksum (the hyphen keeps order
    /// numbers and other bare digit runs out).
    /// </summary>
    public bool AcceptUnverifiedHyphenatedResidentNumbers { get; init; }

    /// <summary>How far (in characters) to look around a bank account or passport pattern for its keyword.</summary>
    public int KeywordWindow { get; init; } = 24;
}
