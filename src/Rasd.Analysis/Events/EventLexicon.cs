using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Events;

public enum TriggerKind { Verb, Noun, Reception, ReceptionNoun, Statement }

/// <summary>
/// An entry of <c>event-triggers.tsv</c>: the event type a word reports, how its arguments are placed, a word it needs,
/// whether its object is where the visitor goes («زار الوفد الحملة»), and whether a place written as a location is
/// where the visitor arrived («حل بتونس»).
/// </summary>
public sealed record Trigger(EventType Type, TriggerKind Kind, IReadOnlyList<string>? Needs, bool ObjectIsDestination = false, bool LocationIsDestination = false, bool FirstPerson = false);

/// <summary>Trigger words and the cue words around them, from <c>event-triggers.tsv</c> and <c>event-cues.tsv</c>; words for groups of people, from <c>groups.tsv</c>.</summary>
public sealed class EventLexicon
{
    public static EventLexicon Default { get; } = new();

    private EventLexicon()
    {
        foreach (var row in LanguageData.Read("ar/event-triggers.tsv"))
        {
            // Any of the words, separated by «|», will do: «وقعت … اتفاقية|اتفاقا».
            var needs = row.Get("needs") is { } n ? n.Split('|').Select(ArabicNormalizer.Normalize).ToArray() : null;
            Triggers.Add(row["form"], new Trigger(Enum.Parse<EventType>(row["type"], ignoreCase: true), Enum.Parse<TriggerKind>(row["kind"].Replace("-", "", StringComparison.Ordinal), ignoreCase: true), needs,
                row.Get("object") == "destination", row.Get("object") == "location", row.Get("person") == "first"));
        }
        foreach (var row in LanguageData.Read("ar/event-cues.tsv")) Cues.Add(row["form"], row["role"]);
        foreach (var row in LanguageData.Read("ar/groups.tsv"))
            if (row["kind"] == "adjective-ending") GroupAdjectiveEndings.Add(ArabicNormalizer.Normalize(row["form"]));
            else Groups.Add(row["form"], row["kind"]);
    }

    /// <summary>Endings of plural adjectives that may describe a group («أميركيين»).</summary>
    public List<string> GroupAdjectiveEndings { get; } = [];

    /// <summary>Group word → kind (head, adjective).</summary>
    public PhraseMatcher<string> Groups { get; } = new();

    /// <summary>The group word at <paramref name="i"/> (a pronoun may hang on a head: «نظراءه»).</summary>
    public PhraseMatch<string>? Group(IReadOnlyList<Token> tokens, int i) => i >= 0 && i < tokens.Count ? Groups.Match(tokens, i, enclitics: true) : null;

    public PhraseMatcher<Trigger> Triggers { get; } = new();

    /// <summary>Cue word → role (negation, report, auxiliary, location, destination, place-noun, topic, with, relative, joins).</summary>
    public PhraseMatcher<string> Cues { get; } = new();

    public bool Is(IReadOnlyList<Token> tokens, int i, string role) =>
        i >= 0 && i < tokens.Count && Cues.Match(tokens, i) is { } m && m.Value == role;

    /// <summary>A cue of <paramref name="role"/>, of one or two words, ends right before token <paramref name="i"/> («شارك في» الاجتماع).</summary>
    public bool EndsRightBefore(IReadOnlyList<Token> tokens, int i, string role)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
            if (Cues.Match(tokens, j) is { } m && m.Value == role && m.End == i) return true;
        return false;
    }

    /// <summary>The role of the cue word at <paramref name="i"/> and the proclitics it carries.</summary>
    public PhraseMatch<string>? Cue(IReadOnlyList<Token> tokens, int i) => i >= 0 && i < tokens.Count ? Cues.Match(tokens, i) : null;
}
