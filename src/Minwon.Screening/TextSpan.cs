namespace Minwon.Screening;

/// <summary>A range of characters in the original text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
