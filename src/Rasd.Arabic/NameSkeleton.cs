using System.Text;

namespace Rasd.Arabic;

/// <summary>
/// The skeleton of a name as Arabic news transliterates it: one letter for /g/ (غ ج ق ك), the long
/// vowels ا و ي dropped after a word's first letter, hamza seats folded, doubled letters made one —
/// so يفكيروف، يفكوروف and يوفكيورف, or شويغو and شويجو, read alike. For matching only: two names
/// with one skeleton are candidates for one person, never proof.
/// </summary>
public static class NameSkeleton
{
    public static string Of(string name)
    {
        var form = ArabicNormalizer.Normalize(name);
        var sb = new StringBuilder(form.Length);
        foreach (var word in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            var start = sb.Length;
            for (var i = 0; i < word.Length; i++)
            {
                var c = Fold(word[i]);
                if (i > 0 && c is 'ا' or 'و' or 'ي') continue;
                if (sb.Length > start && sb[^1] == c) continue;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// True when a skeleton says enough to match on: five letters in one word, or seven in several —
    /// short skeletons (سعد for سعد and سعيد) match too many names.
    /// </summary>
    public static bool IsDistinctive(string skeleton) =>
        skeleton.Contains(' ', StringComparison.Ordinal) ? skeleton.Count(c => c != ' ') >= 7 : skeleton.Length >= 5;

    /// <summary>
    /// True when two names end alike where a vowel ends either: «أستراليا» and «استوريل» share a skeleton, yet a name
    /// that ends on a vowel and one that ends on a consonant are two names, not two transliterations of one.
    /// </summary>
    public static bool EndsAlike(string a, string b)
    {
        var (x, y) = (Last(a), Last(b));
        return x == y || !IsVowelLetter(x) && !IsVowelLetter(y);
    }

    private static char Last(string name) => ArabicNormalizer.Normalize(name).TrimEnd() is { Length: > 0 } form ? Fold(form[^1]) : ' ';

    private static bool IsVowelLetter(char c) => c is 'ا' or 'و' or 'ي' or 'ه';

    private static char Fold(char c) => c switch
    {
        'غ' or 'ج' or 'ق' or 'ك' or 'گ' => 'ك',
        'ى' or 'ئ' => 'ي',
        'ة' => 'ه',
        'أ' or 'إ' or 'آ' or 'ء' or 'ؤ' => 'ا',
        _ => c,
    };
}
