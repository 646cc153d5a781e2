namespace Rasd.Core.Text;

/// <summary>A half-open character range <c>[Start, End)</c> over a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string SliceString(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
