using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Fusion;

/// <summary>
/// Clusters event mentions into events: same type and polarity, the same participants (a visit:
/// the same visitor to places within one another) and compatible dates, precision-aware (a
/// month-precision recap joins the day-precision report of the same visit). Undated mentions join
/// the dated event their document reports, or one reported at most a month before it. Reports of a
/// meeting a day or two apart are one meeting whose sources disagree. The date is
/// the best-supported most precise one; dates that disagree with it are kept as conflicts.
/// </summary>
public sealed class EventFuser(Func<string, string, bool> isWithin, Func<string, string>? sourceOf = null)
{
    // Near-duplicate documents are one source: each document → its group.
    private readonly Func<string, string> _sourceOf = sourceOf ?? (doc => doc);

    private const int VisitGapDays = 5;
    private const int MeetingDisagreementDays = 2;
    private const int ReportLagDays = 31;

    public IReadOnlyList<Event> Fuse(IEnumerable<EventMention> mentions)
    {
        var events = new List<Event>();
        foreach (var group in mentions.GroupBy(m => (m.Type, m.Negated)))
        {
            if (group.Key.Type == EventType.Statement)
            {
                events.AddRange(FuseStatements(group));
                continue;
            }
            var clusters = new List<Cluster>();
            var dated = group.Where(m => m.Date is not null)
                .OrderBy(m => m.Date!.Precision).ThenBy(m => m.Date!.Start).ThenBy(m => m.Id, StringComparer.Ordinal);
            foreach (var m in dated)
            {
                var home = clusters.FirstOrDefault(c => SameParticipants(c, m) && DatesFit(c, m));
                if (home is null) clusters.Add(home = new Cluster(m.Type));
                home.Add(m);
            }
            var datedClusters = clusters.ToList();
            // Mentions with a year-less month go last, once every other report has found its event: one of those may give the year.
            foreach (var m in group.Where(m => m.Date is null).OrderBy(m => m.YearlessMonth is null ? 0 : 1).ThenBy(m => m.DocId, StringComparer.Ordinal).ThenBy(m => m.Trigger.Start))
            {
                if (m.YearlessMonth is { } month && YearFrom(clusters, m, month) is var (dating, year))
                {
                    var date = m.YearlessDay is { } day && day <= DateTime.DaysInMonth(year, month) ? DateValue.Day(new DateOnly(year, month, day)) : DateValue.Month(year, month);
                    dating.Add(m with { Date = date, DatedBy = "other-report" });
                    continue;
                }
                var homes = datedClusters.Where(c => Covers(c, m) && ReportedFits(c, m) && !IsPastOf(c, m)).ToList();
                // A report with no date of its own joins a dated event only when it is the one its participants fit.
                if (m.Reported is null && homes.Count > 1 && !homes.Any(c => c.Members.Any(x => x.DocId == m.DocId))) homes.Clear();
                if (m.Type == EventType.Visit && homes.Count > 1)
                    homes = [.. homes.OrderBy(c => c.Members.Any(x => x.DocId == m.DocId) ? 0 : 1).ThenBy(c => Lag(c, m)).Take(1)];
                if (homes.Count == 0)
                {
                    var peer = clusters.Except(datedClusters).FirstOrDefault(c => SameParticipants(c, m) && c.Members.Any(x => ReportedTogether(x, m)));
                    if (peer is null) clusters.Add(peer = new Cluster(m.Type));
                    homes.Add(peer);
                }
                foreach (var home in homes) home.Add(m);
            }
            events.AddRange(clusters.Select(c => c.ToEvent(isWithin, _sourceOf)));
        }
        events = GroupMeetingsIntoVisits(events);
        return [.. events.OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date?.Start ?? Reported(e)).ThenBy(e => e.Type).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private const double SameQuoteShare = 0.6;

    /// <summary>
    /// Reports of one statement: the same speaker, on the same day or the next (a report a day late), saying much
    /// the same words — most of the shorter quote's words are in the longer. A speaker's two statements stay two.
    /// </summary>
    private IEnumerable<Event> FuseStatements(IEnumerable<EventMention> mentions)
    {
        // By speaker, in date order: a statement is looked for among the speaker's latest ones only, so a corpus's
        // hundreds of thousands of statements fuse in linear time.
        var clusters = new List<(Cluster Cluster, HashSet<string> Words)>();
        var bySpeaker = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var m in mentions.OrderBy(m => m.Date?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var words = QuoteWords(m.QuoteText);
            var speaker = string.Join('|', m.Actors.Order(StringComparer.Ordinal));
            if (!bySpeaker.TryGetValue(speaker, out var own)) bySpeaker[speaker] = own = [];
            var home = -1;
            for (var k = own.Count - 1; k >= 0 && home < 0; k--)
            {
                var (cluster, seen) = clusters[own[k]];
                if (cluster.Span is not { } span || m.Date is not { } d || d.Start.DayNumber - span.End.DayNumber > 1) break;
                if (span.DistanceInDays(d) <= 1 && Shared(seen, words) >= SameQuoteShare) home = own[k];
            }
            if (home < 0)
            {
                clusters.Add((new Cluster(EventType.Statement), words));
                own.Add(home = clusters.Count - 1);
            }
            clusters[home].Cluster.Add(m);
        }
        return clusters.Select(c => c.Cluster.ToEvent(isWithin, _sourceOf));
    }

    private static HashSet<string> QuoteWords(string? quote) =>
        [.. Rasd.Arabic.ArabicNormalizer.Normalize(quote ?? "").Split([' ', '\n', ',', '.', '"', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2)];

    private static double Shared(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    /// <summary>
    /// The one event, among those with the same participants, that falls in <paramref name="month"/> of
    /// some year — by its dates, or, undated, by the days it was reported on (no later than a month
    /// after) — and not after this mention was itself reported; null when none or several years fit.
    /// </summary>
    private (Cluster, int)? YearFrom(IEnumerable<Cluster> clusters, EventMention m, int month)
    {
        var fits = new List<(Cluster Cluster, int Year)>();
        foreach (var c in clusters.Where(c => Covers(c, m)))
        {
            var years = c.Span is { } span
                ? Enumerable.Range(span.Start.Year, span.End.Year - span.Start.Year + 1).Where(y => DateValue.Month(y, month).Overlaps(span))
                : c.Members.Select(x => x.Reported).OfType<DateValue>().Select(r => ReportedMonthYear(r.Start, month)).OfType<int>();
            foreach (var year in years.Distinct())
                if (m.Reported is not { } r || DateValue.Month(year, month).Start <= r.End) fits.Add((c, year));
        }
        return fits.Select(f => f.Year).Distinct().Count() == 1 && fits.Select(f => f.Cluster).Distinct().Count() == 1 ? fits[0] : null;
    }

    /// <summary>
    /// A visit groups the meetings held during it: a meeting of the visitor that a report tells with
    /// the visit and dates by the same words («زار موسكو في يونيو، بحث خلال تلك الزيارة مع»), or one
    /// dated within <see cref="VisitDaysForMeetings"/> days from the visit's first day at a place inside its
    /// destination. An undated meeting so told takes the visit's date; the visit's days stretch to the
    /// last meeting held during it.
    /// </summary>
    private List<Event> GroupMeetingsIntoVisits(List<Event> events)
    {
        var visits = events.Where(e => e is { Type: EventType.Visit, Negated: false, Future: false }).ToList();
        var during = new Dictionary<string, Event>(StringComparer.Ordinal); // meeting id → its visit
        foreach (var meeting in events.Where(e => e.Type is EventType.Meeting or EventType.Call && !e.Negated))
        {
            var participants = meeting.Actors.Concat(meeting.Counterparts).ToHashSet(StringComparer.Ordinal);
            var home = visits.Where(v => v.Actors.Any(participants.Contains))
                .Select(v => (Visit: v, Told: ToldTogether(v, meeting), Held: HeldDuring(v, meeting)))
                .Where(x => x.Told || x.Held)
                .OrderByDescending(x => x.Told).ThenBy(x => x.Visit.Date?.Start ?? DateOnly.MaxValue).Select(x => x.Visit).FirstOrDefault();
            if (home is not null) during[meeting.Id] = home;
        }
        var stretched = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var visit in visits)
        {
            var held = during.Where(kv => kv.Value.Id == visit.Id).Select(kv => events.First(x => x.Id == kv.Key)).ToList();
            if (held.Count == 0) continue;
            var date = visit.Date;
            var last = held.Where(m => m.Date is { Precision: DatePrecision.Day }).Select(m => m.Date!.End).DefaultIfEmpty(DateOnly.MinValue).Max();
            if (date is { Precision: DatePrecision.Day } && last > date.End) date = DateValue.Days(date.Start, last);
            stretched[visit.Id] = visit with { Date = date, Meetings = [.. held.Select(m => m.Id).Order(StringComparer.Ordinal)] };
        }
        // An undated meeting held during a visit happened on one of its days: it takes them all, not the first.
        return [.. events.Select(e => stretched.GetValueOrDefault(e.Id)
            ?? (during.TryGetValue(e.Id, out var visit) ? e with { Visit = visit.Id, Date = e.Date ?? stretched[visit.Id].Date } : e))];
    }

    private const int VisitDaysForMeetings = 10;

    /// <summary>A report tells the meeting with the visit, dated by the same words (or both undated in one sentence).</summary>
    private static bool ToldTogether(Event visit, Event meeting) =>
        meeting.Mentions.Any(m => visit.Mentions.Any(v => v.DocId == m.DocId && (m.TimeRaw is { } t ? v.TimeRaw == t : m.Date is null && v.Sentence == m.Sentence)));

    private bool HeldDuring(Event visit, Event meeting) =>
        visit.Date is { Precision: DatePrecision.Day } v && meeting.Date is { Precision: DatePrecision.Day } m
        && m.Start >= v.Start && m.Start.DayNumber - v.Start.DayNumber <= VisitDaysForMeetings
        && (meeting.Place is null || visit.Place is null || isWithin(meeting.Place, visit.Place) || isWithin(visit.Place, meeting.Place));

    /// <summary>The year whose <paramref name="month"/> a report of <paramref name="reported"/> may tell of: that month, or the one before it within the report lag.</summary>
    private static int? ReportedMonthYear(DateOnly reported, int month)
    {
        for (var back = 0; back <= ReportLagDays; back += ReportLagDays)
            if (reported.AddDays(-back) is var day && day.Month == month) return day.Year;
        return null;
    }

    private static DateOnly Reported(Event e) => e.Mentions.Select(m => m.Reported?.Start ?? DateOnly.MaxValue).Min();

    // «اجتماع البلوي مع بولوني» and, later in the text, «الاجتماع الذي سيعقده البلوي مع المدرب بولوني وريفاس»: one
    // meeting whose parties one report lists in full; two shared parties and one list within the other.
    private bool SameParticipants(Cluster c, EventMention m) => c.Type == EventType.Visit
        ? (c.Actors.Overlaps(m.Visitors()) || IsItsDelegation(c, m)) && PlacesFit(c.Places, m.Place)
        : c.Participants.SetEquals(m.Parties()) || c.Members.Any(x => x.DocId == m.DocId) && Covers(c, m);

    /// <summary>
    /// «يزور وفد من المعارضة السورية موسكو» and, in the same report, «سيكون بقيادة خالد خوجة … يزور موسكو»: a delegation
    /// named only as a group and a named visitor going to the same place in one text are one visit, the group its party.
    /// </summary>
    private static bool IsItsDelegation(Cluster c, EventMention m)
    {
        static bool GroupOnly(EventMention x) => x.Actors.Count == 0 && x.ActorGroups.Count > 0;
        return m.Place is { } place && c.Places.Contains(place) && c.Members.Any(x => x.DocId == m.DocId)
            && (GroupOnly(m) ? c.Members.Any(x => !GroupOnly(x)) : c.Members.All(GroupOnly));
    }

    /// <summary>An undated mention covers a dated event when one's participants include the other's (at least two shared).</summary>
    private bool Covers(Cluster c, EventMention m)
    {
        if (c.Type == EventType.Visit) return SameParticipants(c, m);
        var shared = c.Participants.Intersect(m.Parties()).Count();
        return shared >= 2 && (c.Participants.IsSubsetOf(m.Parties()) || c.Participants.IsSupersetOf(m.Parties()));
    }

    private bool PlacesFit(IEnumerable<string> places, string? place) =>
        place is null || places.All(p => isWithin(p, place) || isWithin(place, p));

    private static bool DatesFit(Cluster c, EventMention m)
    {
        var span = c.Span!;
        if (c.Type == EventType.Visit) return span.DistanceInDays(m.Date!) <= VisitGapDays;
        // Sources that give the same meeting a day or two apart disagree on its date (time zones, late reports).
        return span.Overlaps(m.Date!) || span.Precision == DatePrecision.Day && m.Date!.Precision == DatePrecision.Day
            && span.DistanceInDays(m.Date) <= MeetingDisagreementDays;
    }

    private static bool ReportedFits(Cluster c, EventMention m) =>
        c.Members.Any(x => x.DocId == m.DocId) || m.Reported is null || m.Reported is { } r && c.Span is { } d && d.Start <= r.End && r.Start.DayNumber - d.End.DayNumber <= ReportLagDays;

    /// <summary>«زيارة السيسي المقبلة إلى الصين» is not his visit of last December: a planned event is not one over before its report.</summary>
    private static bool IsPastOf(Cluster c, EventMention m) => m.Future && m.Reported is { } r && c.Span is { } d && d.End < r.Start;

    private static int Lag(Cluster c, EventMention m) => m.Reported is { } r && c.Span is { } d ? Math.Abs(r.Start.DayNumber - d.End.DayNumber) : int.MaxValue;

    private static bool ReportedTogether(EventMention a, EventMention b) =>
        a.DocId == b.DocId || a.Reported is { } x && b.Reported is { } y && Math.Abs(x.Start.DayNumber - y.Start.DayNumber) <= ReportLagDays;

    private sealed class Cluster(EventType type)
    {
        public EventType Type { get; } = type;
        public List<EventMention> Members { get; } = [];
        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
        public List<string> Places { get; } = [];

        /// <summary>The range its dated members cover, at their finest precision.</summary>
        public DateValue? Span { get; private set; }

        public void Add(EventMention m)
        {
            Members.Add(m);
            if (Members.Count == 1 || Type == EventType.Visit) Actors.UnionWith(Type == EventType.Visit ? m.Visitors() : m.Actors);
            if (Participants.Count == 0) Participants.UnionWith(m.Parties());
            if (m.Place is not null) Places.Add(m.Place);
            if (m.Date is { } d)
            {
                if (Span is null || d.Precision < Span.Precision) Span = d;
                else if (d.Precision == Span.Precision)
                    Span = new DateValue(Min(Span.Start, d.Start), Max(Span.End, d.End), d.Precision);
            }
        }

        public Event ToEvent(Func<string, string, bool> isWithin, Func<string, string> sourceOf)
        {
            var (date, conflicts) = BestDate();
            // Participants come from the reports of this event alone, not from an undated sentence that also covers another one.
            var own = Type == EventType.Visit ? Members : Members.Where(m => Participants.IsSupersetOf(m.Parties())).ToList();
            var actors = own.SelectMany(m => m.Actors).Distinct().Order(StringComparer.Ordinal).ToList();
            var counterparts = own.SelectMany(m => m.Counterparts).Where(p => !actors.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToList();
            var place = Places.GroupBy(p => p).OrderByDescending(g => Places.Count(q => isWithin(g.Key, q)))
                .ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var sources = Members.Select(m => sourceOf(m.DocId)).Distinct(StringComparer.Ordinal).Count();
            var ordered = Members.OrderBy(m => m.Date?.Precision ?? (DatePrecision)99).ThenBy(m => m.DocId, StringComparer.Ordinal).ThenBy(m => m.Sentence.Start).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            // The id of the mention that founded the cluster: an undated mention may join several clusters, a founder only its own.
            return new Event("ev-" + StableId.Of(Members[0].Id), Type)
            {
                Date = date,
                Actors = actors,
                Counterparts = counterparts,
                Groups = [.. own.SelectMany(m => m.Groups).Select(g => g.Text).Distinct(StringComparer.Ordinal)],
                ActorGroups = [.. own.SelectMany(m => m.ActorGroups).Select(g => g.Text).Distinct(StringComparer.Ordinal)],
                Place = place,
                Negated = Members[0].Negated,
                Future = Members.All(m => m.Future),
                Hypothetical = Members.All(m => m.Hypothetical),
                Attributions = [.. ordered.Select(m => m.Attribution).OfType<string>().Distinct(StringComparer.Ordinal)],
                Confidence = Math.Round((1 - 0.6 * Math.Pow(0.5, sources - 1)) * (date is null ? 0.8 : 1), 3),
                SourceCount = sources,
                Mentions = ordered,
                ConflictingDates = conflicts,
            };
        }

        /// <summary>The most precise date, the one most documents give; for a visit, the days its reports span.</summary>
        private (DateValue? Date, IReadOnlyList<DateValue> Conflicts) BestDate()
        {
            var dates = Members.Where(m => m.Date is not null).Select(m => (m.Date!, m.DocId)).ToList();
            if (dates.Count == 0) return (null, []);
            var finest = dates.Min(d => d.Item1.Precision);
            DateValue best;
            if (Type == EventType.Visit) best = Span!;
            else
            {
                best = dates.Where(d => d.Item1.Precision == finest).GroupBy(d => d.Item1)
                    .OrderByDescending(g => g.Select(x => x.DocId).Distinct().Count()).ThenBy(g => g.Key.Start).First().Key;
            }
            var conflicts = dates.Select(d => d.Item1).Where(d => !d.Overlaps(best)).Distinct().OrderBy(d => d.Start).ToList();
            return (best, conflicts);
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}

internal static class MentionParties
{
    /// <summary>
    /// Who takes part, for telling events apart: the entities, and each group named without names
    /// («مسؤولين روس») as its own party, so a meeting with one group does not join a meeting with another.
    /// </summary>
    public static IEnumerable<string> Parties(this EventMention m) =>
        m.Groups.Count + m.ActorGroups.Count == 0 ? m.Participants : m.Participants.Concat(m.ActorGroups.Concat(m.Groups).Select(g => Key(m, g)));

    /// <summary>Who visits: the actors, and a group named as the visitor («وفد من وزارة الخارجية») as a party of its own.</summary>
    public static IEnumerable<string> Visitors(this EventMention m) =>
        m.ActorGroups.Count == 0 ? m.Actors : m.Actors.Concat(m.ActorGroups.Select(g => Key(m, g)));

    // A group written in one word («الوفد») says nothing of which it is: it is one only within its own report.
    private static string Key(EventMention m, PartyGroup g)
    {
        var text = Rasd.Arabic.ArabicNormalizer.Normalize(g.Text);
        return text.Contains(' ', StringComparison.Ordinal) ? "group:" + text : $"group:{m.DocId}:{text}";
    }
}
