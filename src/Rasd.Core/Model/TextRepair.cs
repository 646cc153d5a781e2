using Rasd.Core.Text;

namespace Rasd.Core.Model;

/// <summary>What a repair of damaged text did.</summary>
public enum RepairKind
{
    /// <summary>Kashida (tatweel) of justification removed.</summary>
    Kashida,
    /// <summary>A visual line's pieces put back in reading order.</summary>
    LineOrder,
    /// <summary>A line or paragraph break inside a sentence made a space.</summary>
    ParagraphJoin,
    /// <summary>Digits lost in extraction: a date there is read at a lower precision.</summary>
    DigitsLost,
}

/// <summary>One repair: what was done, where in the text as read (<see cref="Source"/>), and what the repaired text holds there or a note.</summary>
public sealed record TextRepair(RepairKind Kind, TextSpan Source, string Note);

/// <summary>A text after repair, with every repair made.</summary>
public sealed record RepairedText(string Text, IReadOnlyList<TextRepair> Repairs);
