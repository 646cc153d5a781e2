using Rasd.Arabic;
using Rasd.Core.Text;

namespace Rasd.Tests.Arabic;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("خليفــة حفــتر", "خليفه حفتر")]
    [InlineData("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله")]
    [InlineData("مستشفى المؤتمر رئيس", "مستشفي الموتمر رييس")]
    [InlineData("مُرحّبٌ بِهِ", "مرحب به")]
    [InlineData("٢٠١٨/١١/٠٩ و۱۲", "2018/11/09 و12")]
    [InlineData("قال، لماذا؟ نعم؛", "قال, لماذا? نعم;")]
    [InlineData("«بوتين»", "\"بوتين\"")]
    public void Match_form_folds_letters_digits_and_punctuation(string raw, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(raw));

    [Fact]
    public void Presentation_forms_are_decomposed_and_mapped_to_their_one_raw_character()
    {
        var raw = "\uFEFB\uFE8E"; // lam-alef ligature, then alef final form
        var n = ArabicNormalizer.ToMatchForm(raw);
        Assert.Equal("لاا", n.Text);
        Assert.Equal(new TextSpan(0, 1), n.ToRaw(new TextSpan(0, 2)));
        Assert.Equal(new TextSpan(1, 2), n.ToRaw(new TextSpan(2, 3)));
    }

    [Fact]
    public void Bidi_controls_are_removed()
    {
        Assert.Equal("ابc", ArabicNormalizer.Normalize("\u200Fا\u202Bب\u200Ec"));
    }

    [Fact]
    public void Every_normalized_span_maps_back_to_the_raw_characters_it_came_from()
    {
        const string raw = "وصــلَ حفتر إلى موسكو في ٧ نوفمبر.";
        var n = ArabicNormalizer.ToMatchForm(raw);
        var at = n.Text.IndexOf("موسكو", StringComparison.Ordinal);
        Assert.Equal("موسكو", n.ToRaw(new TextSpan(at, at + 5)).SliceString(raw));
        at = n.Text.IndexOf("وصل", StringComparison.Ordinal);
        // Kashida and the fatha after the last letter belong to the word.
        Assert.Equal("وصــلَ", n.ToRaw(new TextSpan(at, at + 3)).SliceString(raw));
        at = n.Text.IndexOf('7', StringComparison.Ordinal);
        Assert.Equal("٧", n.ToRaw(new TextSpan(at, at + 1)).SliceString(raw));
    }
}

public class DisplayFormTests
{
    [Fact]
    public void Display_form_keeps_marks_and_collapses_whitespace()
    {
        const string raw = "  مُرحّبٌ\u00A0\u00A0بِحفــتر\n\n\u200Fفي \uFEFBموسكو  ";
        var d = ArabicNormalizer.ToDisplayForm(raw);
        Assert.Equal("مُرحّبٌ بِحفتر في لاموسكو", d.Text);
        var at = d.Text.IndexOf("بِحفتر", StringComparison.Ordinal);
        Assert.Equal("بِحفــتر", d.ToRaw(new TextSpan(at, at + 6)).SliceString(raw));
    }
}
