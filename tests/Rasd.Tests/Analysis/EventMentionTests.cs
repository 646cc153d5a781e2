using Rasd.Core.Model;

namespace Rasd.Tests.Analysis;

public class EventMentionTests
{
    // Statements («قال … إن») come with most sentences; these tests read the events they tell of.
    private static IReadOnlyList<EventMention> Events(string text, string? published = null) =>
        [.. TestSupport.Analyze(text, published).EventMentions.Where(m => m.Type != EventType.Statement)];

    private static IReadOnlyList<EventMention> Statements(string text, string? published = null) =>
        [.. TestSupport.Analyze(text, published).EventMentions.Where(m => m.Type == EventType.Statement)];

    private static string Describe(EventMention e) =>
        $"{e.Type.ToString().ToLowerInvariant()} {string.Join("+", e.Actors)} > {string.Join("+", e.Counterparts)} @{e.Place ?? "-"} {e.Date?.Value ?? "-"}{(e.Negated ? " negated" : "")}";

    [Fact]
    public void A_visit_and_a_talk_joined_by_and_share_the_date_after_the_comma()
    {
        var e = Events("وصل حفتر إلى موسكو وأجرى محادثات مع وزير الدفاع الروسي سيرغي شويغو، في السابع من نوفمبر.", "2018-11-09");
        Assert.Equal(
            ["visit kb:khalifa-haftar >  @kb:moscow 2018-11-07", "meeting kb:khalifa-haftar > kb:sergei-shoigu @kb:moscow 2018-11-07"],
            e.Select(Describe));
    }

    [Theory]
    [InlineData("يذكر أن وزير خارجية المملكة المتحدة بوريس جونسون حل أمس الأربعاء بتونس، في زيارة قصيرة.", "visit kb:boris-johnson >  @kb:tunisia 2017-05-03")]
    [InlineData("وحل ماكرون بالمغرب أمس ضيفا على الملك.", "visit kb:emmanuel-macron >  @kb:morocco 2017-05-03")]
    public void Alighting_at_a_place_on_a_visit_is_the_visit_there(string text, string expected) =>
        Assert.Equal(expected, Describe(Assert.Single(Events(text, "2017-05-04"))));

    [Fact]
    public void Alighting_with_no_visit_or_guest_is_no_event() =>
        Assert.Empty(Events("وقد حل الفريق المشكل بتونس أمس.", "2017-05-04"));

    [Theory]
    [InlineData("ودعا سامح شكري نظيره الروسي سيرغي لافروف، خلال جلسة عمل انعقدت مساء أمس، إلى دعم الاستثمارات.")]
    [InlineData("وسلم سامح شكري سيرغي لافروف خلال لقاء أمس رسالة خطية.")]
    public void A_meeting_noun_after_during_joins_the_subject_and_the_object_of_the_verb_before_it(string text) =>
        Assert.Equal("meeting kb:sameh-shoukry > kb:sergei-lavrov @- 2017-05-03", Describe(Assert.Single(Events(text, "2017-05-04"))));

    [Fact]
    public void A_meeting_noun_after_during_with_a_party_behind_a_preposition_is_not_read_as_two_met() =>
        Assert.Empty(Events("وقال سامح شكري لسيرغي لافروف خلال جلسة عمل أمس إن الوضع صعب.", "2017-05-04"));

    [Theory]
    [InlineData("واجتمع وفد أمريكي في أنقرة مع مسؤولين أتراك.", "وفد أمريكي", "مسؤولين أتراك")]
    [InlineData("وأجرى وفد أمريكي محادثات مع مسؤولين أتراك.", "وفد أمريكي", "مسؤولين أتراك")]
    [InlineData("أعلنت الوزارة أن وفدا من الولايات المتحدة سيجري محادثات، الجمعة، في تركيا مع مسؤولين محليين.", "وفدا من الولايات المتحدة", "مسؤولين محليين")]
    public void A_delegation_that_meets_or_holds_talks_meets_the_group_after_with(string text, string delegation, string met)
    {
        var e = Assert.Single(Events(text, "2018-05-24"));
        Assert.Equal((EventType.Meeting, delegation, met), (e.Type, Assert.Single(e.ActorGroups).Text, Assert.Single(e.Groups).Text));
    }

    [Theory]
    [InlineData("وكان فريق من إدارة المستشفى قد قام بزيارة المصابين.", EventType.Visit, "فريق من إدارة المستشفى")]
    [InlineData("وكان وفد من وزارة الخارجية قد أجرى محادثات مع مون جيه إن.", EventType.Meeting, "وفد من وزارة الخارجية")]
    public void A_group_right_before_the_verb_that_makes_or_holds_the_event_is_its_actor(string text, EventType type, string group)
    {
        var e = Assert.Single(Events(text, "2018-05-24"));
        Assert.Equal((type, group), (e.Type, Assert.Single(e.ActorGroups).Text));
    }

    [Fact]
    public void A_meal_attended_with_someone_going_on_with_the_story_is_the_story_actors_meeting()
    {
        var e = Events("وصل وزير الخارجية الأمريكي مايك بومبيو إلى بيونغيانغ. وقد حضر مأدبة غداء مع الجنرال السابق، كيم يونغ-تشول، المشمول بالعقوبات.", "2018-05-10");
        var meal = Assert.Single(e, x => x.Type == EventType.Meeting);
        Assert.Equal(("kb:mike-pompeo", "per:كيم يونغ-تشول"), (Assert.Single(meal.Actors), Assert.Single(meal.Counterparts)));
    }

    [Fact]
    public void A_meeting_attended_with_no_one_named_after_it_is_no_event_of_the_attendant() =>
        Assert.DoesNotContain(Events("وصل مايك بومبيو إلى بيونغيانغ. وقد حضر الاجتماع الذي عقد في القصر.", "2018-05-10"), x => x.Type == EventType.Meeting);

    [Fact]
    public void Officials_meeting_officials_stay_too_vague_for_an_event() =>
        Assert.Empty(Events("واجتمع مسؤولون أمريكيون مع مسؤولين روس.", "2018-05-24"));

    [Fact]
    public void A_visitor_named_after_an_office_in_construct_is_the_visits_actor()
    {
        // «وزيرة خارجية الاتحاد الأوروبي»: an office in construct with the body it serves, then the name.
        var e = Assert.Single(Events("وقال الخبيران إن زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني إلى طهران مهمة.", "2015-07-26"));
        Assert.Equal(EventType.Visit, e.Type);
        Assert.Equal("kb:federica-mogherini", Assert.Single(e.Actors));
    }

    [Fact]
    public void A_guest_named_after_a_definite_place_noun_is_received_not_a_place()
    {
        // «في المحافظة» closes the guest's office; the person after it is no place of the reception.
        var e = Assert.Single(Events("استقبل محافظ وادي الدواسر أحمد بن دخيل المنيفي في مكتبه يوم أمس مدير مركز التنمية الاجتماعية في المحافظة عبدالله بن محمد الدوسري.", "2015-08-10"));
        Assert.Equal(["per:احمد بن دخيل المنيفي", "per:عبدالله بن محمد الدوسري"], e.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("2015-08-09", e.Date?.Value);
    }

    [Fact]
    public void A_group_that_visits_is_its_head_when_the_text_names_one()
    {
        var e = Assert.Single(Events("وعلى صعيد آخر، قام عدد من أعضاء شرف نادي الوحدة، بزيارة لمقر النادي، يتقدمهم السفير محمد طيب، والدكتور أجواد الفاسي.", "2015-07-26"));
        Assert.Equal((EventType.Visit, "per:محمد طيب"), (e.Type, Assert.Single(e.Actors)));
        Assert.Empty(e.ActorGroups);
    }

    [Theory]
    [InlineData("رحبت دولة الإمارات العربية المتحدة بزيارة الرئيس الصيني، شي جين بينغ، التي ستبدأ الخميس المقبل.", "kb:united-arab-emirates")]
    [InlineData("ورحبت مصر بزيارة الرئيس الصيني شي جين بينغ.", "kb:egypt")]
    public void The_place_that_welcomes_a_visit_is_where_it_goes(string text, string place)
    {
        var e = Assert.Single(Events(text, "2018-07-12"));
        Assert.Equal((EventType.Visit, "kb:xi-jinping", place), (e.Type, Assert.Single(e.Actors), e.Place));
    }

    [Fact]
    public void A_person_who_welcomes_a_visit_is_no_place_of_it() =>
        Assert.Empty(Events("ورحب الرئيس السيسي بزيارة الرئيس الصيني شي جين بينغ.", "2018-07-12"));

    [Fact]
    public void The_word_a_trigger_needs_may_follow_what_commas_set_off()
    {
        var e = Assert.Single(Events("وقال الشيخ منصور إن الرئيس الصيني سيبحث، خلال زيارته التي تستمر ثلاثة أيام، مع ولي عهد أبوظبي الشيخ محمد بن زايد سبل تعزيز العلاقات.", "2018-07-12"),
            m => m.Type == EventType.Meeting);
        Assert.Contains("kb:mohammed-bin-zayed", e.Counterparts);
        Assert.True(e.Future);
    }

    [Theory]
    [InlineData("وقال إن المسؤولين الأمريكيين يصلون غدا إلى بيونغ يانغ.")]
    [InlineData("وقال إن المسؤولين الأمريكيين سيزورون بيونغ يانغ.")]
    public void Plural_verbs_of_going_tell_a_visit(string text) =>
        Assert.Equal((EventType.Visit, "kb:pyongyang"), Assert.Single(Events(text, "2018-04-21")) is var e ? (e.Type, e.Place) : default);

    [Theory]
    [InlineData("قالت وزارة الخارجية الروسية إن فريق منظمة حظر الأسلحة الكيماوية غادر العاصمة السورية دمشق متوجها إلى بيونغ يانغ.", "kb:opcw", null)]
    [InlineData("وقالت إن مجموعة من المسؤولين الأمريكيين غادرت دمشق متوجهة إلى بيونغ يانغ.", null, "مجموعة من المسؤولين الأمريكيين")]
    public void Who_left_is_who_goes_on_to_the_place_after_going(string text, string? actor, string? group)
    {
        var e = Assert.Single(Events(text, "2018-04-21"));
        Assert.Equal((EventType.Visit, "kb:pyongyang"), (e.Type, e.Place));
        Assert.Equal(actor, e.Actors.SingleOrDefault());
        Assert.Equal(group, e.ActorGroups.SingleOrDefault()?.Text);
    }

    [Fact]
    public void The_one_who_says_is_not_the_one_who_visits()
    {
        // Neither visitor is a name Rasd reads: no visit is made up for the speaker before «أن».
        var e = Events("وأضاف السفير أحمد الشبكشي أن عشية زيارة وزير خارجية إيران “ظريف” قام الجبير بزيارة قطر بشكل مفاجئ.", "2015-07-26");
        Assert.DoesNotContain(e, m => m.Actors.Any(a => a.Contains("شبكشي", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وأكد حفتر أنه التقى بوتين في موسكو.")]
    [InlineData("وأضاف المشير خليفة حفتر أنه قد التقى الرئيس فلاديمير بوتين.")]
    public void After_that_he_the_speaker_is_the_subject_and_the_name_after_the_verb_the_one_met(string text)
    {
        var e = Assert.Single(Events(text, "2019-04-15"));
        Assert.Equal((EventType.Meeting, "kb:khalifa-haftar", "kb:vladimir-putin"), (e.Type, Assert.Single(e.Actors), Assert.Single(e.Counterparts)));
    }

    [Fact]
    public void Talks_someone_held_with_someone_are_a_meeting_dated_by_their_own_time_not_the_reports()
    {
        var e = Assert.Single(Events("أفادت تقارير صحفية اليوم الخميس بأن جلسة المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي في القاهرة أمس توجت باتفاق.", "2015-08-06"));
        Assert.Equal(EventType.Meeting, e.Type);
        Assert.Equal(2, e.Participants.Count());
        Assert.Equal(("2015-08-05", "event"), (e.Date!.Value, e.DatedBy));
        var held = Assert.Single(Events("وتناول اللقاء الذي عقده بوتين مع حفتر في موسكو الأزمة الليبية.", "2019-04-15"));
        Assert.Equal(["kb:khalifa-haftar", "kb:vladimir-putin"], held.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("وزار سليماني موسكو وأجرى محادثات مع مسؤولين روس كبار.", "مسؤولين روس كبار")]
    [InlineData("وسيلتقي كيري نظراءه الخليجيين في الدوحة.", "نظراءه الخليجيين")]
    [InlineData("والتقى رئيس الوزراء عمر الرزاز قادة النقابات المهنية.", "قادة النقابات المهنية")]
    [InlineData("وأجرى وزير الخارجية الإيراني جواد ظريف محادثات مع مسؤولين سويسريين.", "مسؤولين سويسريين")]
    public void A_meeting_with_people_named_only_as_a_group_is_a_meeting_with_that_group(string text, string group)
    {
        var e = Assert.Single(Events(text, "2015-08-01"), m => m.Type == EventType.Meeting);
        Assert.Single(e.Actors);
        Assert.Empty(e.Counterparts);
        var g = Assert.Single(e.Groups);
        Assert.Equal(group, g.Text);
        Assert.Equal(group, text[g.Raw.Start..g.Raw.End]);
    }

    [Fact]
    public void A_named_counterpart_leaves_no_group_and_a_group_alone_is_no_meeting()
    {
        Assert.Empty(Assert.Single(Events("والتقى بوتين حفتر ومسؤولين ليبيين.", "2019-04-15")).Groups);
        Assert.Empty(Events("والتقى مسؤولين روس أمس.", "2019-04-15")); // no one who meets them
    }

    [Theory]
    [InlineData("وتأتي زيارة رسمية قام بها الرئيس السيسي إلى الصين.", "kb:china")]
    [InlineData("وجاءت الزيارة الرسمية التي قام بها حفتر إلى موسكو في نوفمبر.", "kb:moscow")]
    [InlineData("ويأتي ذلك مع زيارة عمل أدتها وزيرة السياحة سلمى اللومي الرقيق إلى مدريد.", null)]
    public void A_visit_someone_made_names_its_visitor_after_the_verb_of_making(string text, string? place)
    {
        var e = Assert.Single(Events(text, "2018-03-05"));
        Assert.Equal(EventType.Visit, e.Type);
        Assert.Single(e.Actors);
        if (place is not null) Assert.Equal(place, e.Place);
        else Assert.NotNull(e.Place);
    }

    [Fact]
    public void A_feed_stamp_past_midnight_gives_way_to_the_weekday_the_text_was_written_on()
    {
        // Stamped Thursday 2015-08-06 (01:43, another time zone); the text was written on Wednesday the 5th.
        var doc = TestSupport.Analyze("وأجمعت الصحف الصادرة اليوم (الأربعاء) على أهمية الزيارة. وكان حفتر قد وصل إلى موسكو يوم أمس.", "2015-08-06");
        Assert.Equal("2015-08-05", doc.Published.Date!.Value);
        Assert.Equal("2015-08-04", Assert.Single(doc.EventMentions, m => m.Type == EventType.Visit).Date!.Value);
        // A stamp the text agrees with, or one it cannot place, stays as given.
        Assert.Equal("2015-08-05", TestSupport.Analyze("وأجمعت الصحف الصادرة اليوم (الأربعاء) على أهمية الزيارة.", "2015-08-05").Published.Date!.Value);
        Assert.Equal("2015-08-09", TestSupport.Analyze("وأجمعت الصحف الصادرة اليوم (الأربعاء) على أهمية الزيارة.", "2015-08-09").Published.Date!.Value);
    }

    [Fact]
    public void A_subject_before_the_verb_with_an_auxiliary()
    {
        var e = Assert.Single(Events("وكان حفتر التقى سكرتير مجلس الأمن الروسي سيرغي شويغو، الجمعة، ومن ثم حضر العرض.", "2025-05-12"));
        Assert.Equal("meeting kb:khalifa-haftar > kb:sergei-shoigu @- 2025-05-09", Describe(e));
    }

    [Theory]
    [InlineData("وسبق أن زار حفتر موسكو في نوفمبر 2018.", "2018-12-20")] // a recap cue
    [InlineData("وزار حفتر موسكو في يونيو 2016.", "2018-11-09")] // dated long before the report
    public void Background_is_marked_historical(string text, string published) =>
        Assert.True(Assert.Single(Events(text, published)).Historical);

    [Fact]
    public void News_of_the_day_is_not_historical() =>
        Assert.False(Assert.Single(Events("وصل حفتر إلى موسكو أمس.", "2018-11-09")).Historical);

    [Fact]
    public void The_date_of_an_announcement_is_told_apart_from_the_date_of_the_event()
    {
        var announced = Assert.Single(Events("وفي 28 سبتمبر، أعلن الكرملين عن لقاء جمع الرئيس فلاديمير بوتين والمشير خليفة حفتر.", "2023-09-30"));
        Assert.Equal(("2023-09-28", "statement"), (announced.Date!.Value, announced.DatedBy));
        var held = Assert.Single(Events("والتقى بوتين حفتر في 28 سبتمبر.", "2023-09-30"));
        Assert.Equal(("2023-09-28", "event"), (held.Date!.Value, held.DatedBy));
    }

    [Theory]
    [InlineData("وأجرى الرئيس فلاديمير بوتين اتصالا هاتفيا مع خليفة حفتر.")]
    [InlineData("واتصل بوتين هاتفيا بحفتر.")]
    [InlineData("وتلقى حفتر اتصالا من بوتين.")]
    [InlineData("وبحث الرئيس فلاديمير بوتين خلال محادثة هاتفية مع خليفة حفتر الوضع في ليبيا.")]
    public void A_phone_call_is_a_call_between_its_two_parties(string text)
    {
        var e = Assert.Single(Events(text, "2019-04-15"));
        Assert.Equal(EventType.Call, e.Type);
        Assert.Equal(["kb:khalifa-haftar", "kb:vladimir-putin"], e.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ووقعت روسيا اتفاقية تعاون عسكري مع ليبيا.", EventType.Agreement)]
    [InlineData("وطلب حفتر من بوتين أسلحة متطورة.", EventType.Request)]
    [InlineData("واتهم السراج حفتر بارتكاب جرائم حرب.", EventType.Accuse)]
    [InlineData("وهدد حفتر الفاغنر بالطرد.", EventType.Threaten)]
    [InlineData("ودعمت موسكو حفتر في حربه.", EventType.Support)]
    public void Other_kinds_of_events_take_their_actor_and_counterpart(string text, EventType type)
    {
        var e = Assert.Single(Events(text, "2019-04-15"), x => x.Type == type);
        Assert.NotEmpty(e.Actors);
        Assert.NotEmpty(e.Counterparts);
    }

    [Fact]
    public void A_deployment_takes_where_the_forces_go()
    {
        var e = Assert.Single(Events("وأرسلت روسيا قوات إلى ليبيا.", "2019-04-15"));
        Assert.Equal((EventType.Deploy, "kb:russia", "kb:libya"), (e.Type, e.Actors.Single(), e.Place));
    }

    [Theory]
    [InlineData("وسيزور حفتر موسكو الأسبوع المقبل.")]
    [InlineData("ومن المقرر أن يلتقي بوتين حفتر.")]
    [InlineData("وسيجري حفتر محادثات مع شويغو.")]
    public void A_planned_event_is_future(string text) =>
        Assert.True(Assert.Single(Events(text, "2019-04-15")).Future);

    [Fact]
    public void An_event_told_as_news_is_not_future_nor_hypothetical()
    {
        var e = Assert.Single(Events("وزار حفتر موسكو أمس.", "2019-04-15"));
        Assert.False(e.Future || e.Hypothetical);
        Assert.Null(e.Attribution);
    }

    [Theory]
    [InlineData("وإذا التقى بوتين حفتر فسيكون ذلك تحولا.")]
    [InlineData("وأعلن الكرملين أن زيارة بوتين إلى باليرمو غير مؤكدة.")]
    public void A_condition_or_an_unsure_event_is_hypothetical(string text) =>
        Assert.True(Assert.Single(Events(text, "2019-04-15")).Hypothetical);

    [Theory]
    [InlineData("وبحسب مصادر تابعة لوزارة الدفاع الروسية، وصل حفتر إلى موسكو أمس.", "مصادر تابعة لوزارة الدفاع الروسية")]
    [InlineData("وقال الكرملين إن بوتين التقى حفتر أمس.", "الكرملين")]
    public void The_source_of_a_claim_is_kept_as_written(string text, string source) =>
        Assert.Equal(source, Assert.Single(Events(text, "2019-04-15")).Attribution);

    [Fact]
    public void Negation_marks_the_mention()
    {
        var e = Assert.Single(Events("قال بيسكوف: لن يلتقي فلاديمير بوتين بخليفة حفتر."));
        Assert.Equal("meeting kb:vladimir-putin > kb:khalifa-haftar @- - negated", Describe(e));
        Assert.True(e.Negated);
    }

    [Fact]
    public void A_reception_with_a_pronoun_takes_the_visitor_of_the_sentence()
    {
        var e = Events("في 26 سبتمبر 2023، وصل خليفة حفتر إلى روسيا، واستقبله نائب وزير الدفاع يونس بك يفكيروف.");
        Assert.Equal(
            ["visit kb:khalifa-haftar >  @kb:russia 2023-09-26", "meeting kb:khalifa-haftar > kb:yunus-bek-yevkurov @kb:russia 2023-09-26"],
            e.Select(Describe));
    }

    [Fact]
    public void A_city_that_receives_a_visitor_is_the_place_of_a_visit_and_listed_dates_give_one_mention_each()
    {
        var e = Events("لاحقاً، استقبلت موسكو حفتر مرتين، في نوفمبر 2018، وفبراير 2020.");
        Assert.Equal(["visit kb:khalifa-haftar >  @kb:moscow 2018-11", "visit kb:khalifa-haftar >  @kb:moscow 2020-02"], e.Select(Describe));
    }

    [Fact]
    public void A_noun_needs_its_arguments_written_out()
    {
        Assert.Equal(["visit kb:khalifa-haftar >  @kb:moscow -"], Events("وتأتي زيارة حفتر إلى موسكو في ظل تقارير.").Select(Describe));
        Assert.Empty(Events("ولم تتجاهل وسائل الإعلام هذه الزيارة."));
        Assert.Empty(Events("وتأتي زيارة حفتر في ظل تقارير عن محاولات روسية في أفريقيا."));
    }

    [Theory]
    [InlineData("أعلنت وزارة الكهرباء المصرية إرسال وفد فني إلى السودان.")]
    [InlineData("فرضت رسوما على واردات من تركيا، وصلت إلى 20% على الألومنيوم.")]
    [InlineData("خطط لفرض رسوم على واردات من الولايات المتحدة تصل قيمتها إلى ثلاثة مليارات دولار.")]
    [InlineData("تحتاج للبحث من مراكز البحث الاجتماعي مع الأمير نايف بن عبدالعزيز وبوتين.")]
    [InlineData("حضر الاستقبال الأمير طلال بن سعود بن عبدالعزيز والأمير فهد بن عبدالله بن مساعد.")]
    public void Words_that_only_look_like_a_visit_are_not_one(string text) =>
        Assert.Empty(Events("قال الرئيس المصري عبد الفتاح السيسي إن الأمر مهم. " + text));

    [Fact]
    public void A_name_further_after_a_noun_is_not_its_actor()
    {
        var e = Assert.Single(Events("سيجري حفتر في موسكو مباحثات مع كل من وزير الدفاع سيرغي شويغو والخارجية سيرغي لافروف."));
        Assert.Equal(["kb:khalifa-haftar"], e.Actors);
        Assert.Equal(["kb:sergei-shoigu", "kb:sergei-lavrov"], e.Counterparts);
        Assert.Equal(["kb:vladimir-putin", "kb:khalifa-haftar"], Assert.Single(Events("وجاء اللقاء، الذي جمع بوتين بحفتر، في أجواء ودية.")).Participants);
    }

    [Fact]
    public void A_meeting_noun_gathers_its_participants_but_not_the_topic()
    {
        var e = Assert.Single(Events("حفتر يبحث مع بوتين عن شراكة عسكرية ومصير الفاغنر"));
        Assert.Equal("meeting kb:khalifa-haftar > kb:vladimir-putin @- -", Describe(e));
    }

    [Fact]
    public void A_statement_date_is_not_the_event_date()
    {
        var e = Assert.Single(Events("وأفاد الكرملين في بيان الأحد، بلقاء بوتين وحفتر دون ذكر معلومات.", "2025-05-12"));
        Assert.Null(e.Date);
    }

    [Fact]
    public void A_meeting_during_a_visit_takes_the_visit_place()
    {
        var e = Events("وصل حفتر إلى موسكو مساء الخميس. وكان حفتر التقى وزير الدفاع أندريه بيلوسوف السبت.", "2025-05-12");
        Assert.Equal("meeting kb:khalifa-haftar > kb:andrei-belousov @kb:moscow 2025-05-10", Describe(e[1]));
    }

    [Fact]
    public void Every_mention_points_at_its_sentence_and_trigger()
    {
        const string text = "عنوان المقال\nوالتقى حفتر مع بوتين في العاصمة موسكو.";
        var e = Assert.Single(TestSupport.Analyze(text).EventMentions);
        Assert.Equal("والتقى حفتر مع بوتين في العاصمة موسكو.", e.SentenceText);
        Assert.Equal(e.SentenceText, e.Sentence.SliceString(text));
        Assert.Equal("والتقى", e.TriggerText);
        Assert.Equal(e.TriggerText, e.Trigger.SliceString(text));
    }

    [Fact]
    public void A_princes_long_titles_do_not_push_the_counterpart_out_of_reach()
    {
        var e = Assert.Single(Events("التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس فخامة الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان.", "2015-07-21"));
        Assert.Equal("meeting kb:mohammed-bin-salman > per:رمضان احمد قاديروف @kb:jeddah 2015-07-20", Describe(e));
    }

    [Fact]
    public void An_office_written_alone_later_is_the_person_the_text_gave_it()
    {
        var e = Events("التقى الأمير محمد بن سلمان ولي ولي العهد أمس الرئيس رمضان قاديروف. كما اجتمع سمو ولي ولي العهد مع رئيس حزب القوات اللبنانية سمير جعجع.", "2015-07-21");
        Assert.Equal("meeting kb:mohammed-bin-salman > per:سمير جعجع @- -", Describe(e[^1])); // «رئيس حزب» is no one named before
    }

    [Theory]
    [InlineData("وحضر اللقاء وزير الخارجية عادل الجبير.")] // attending a meeting told already
    [InlineData("وشارك في الاجتماع وزير الخارجية عادل الجبير.")]
    [InlineData("وجرى خلال اللقاء بحث العلاقات بين الرئيس عبدربه منصور هادي وعادل الجبير.")]
    [InlineData("وخسر الاتحاد أول لقاءاته الودية أمام فريق أريس بقيادة محمد نور.")] // a sports match
    public void No_new_meeting_in_what_only_points_at_one(string text) => Assert.Empty(Events(text, "2015-07-21"));

    [Fact]
    public void During_his_meeting_with_tells_a_meeting()
    {
        var e = Assert.Single(Events("ودعا الرئيس عبدربه منصور هادي خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، في الرياض.", "2015-07-26"));
        Assert.Equal("meeting kb:abdrabbuh-mansur-hadi > kb:ismail-ould-cheikh-ahmed @kb:riyadh 2015-07-26", Describe(e));
    }

    [Theory]
    [InlineData("وقام عادل الجبير بزيارة قطر.", "kb:qatar")] // a place in construct with the visit noun
    [InlineData("وسيتوجه جون كيري إلى ماليزيا.", "kb:malaysia")] // a verb of heading somewhere
    public void Where_a_visit_goes(string text, string place)
    {
        var e = Assert.Single(Events(text, "2015-08-01"));
        Assert.Equal(EventType.Visit, e.Type);
        Assert.Equal(place, e.Place);
    }

    [Fact]
    public void A_delegation_is_its_head_and_the_delegation_later_is_the_same_head()
    {
        var e = Events("قال مصدر إن من المقرر أن يزور وفد من المعارضة السورية برئاسة خالد خوجة موسكو يومي 12 و13 أغسطس. وأضاف أن من المقرر أن يلتقي الوفد بوزير الخارجية سيرجي لافروف.", "2015-08-07");
        Assert.Equal("visit per:خالد خوجه >  @kb:moscow 2015-08-12/2015-08-13", Describe(e[0]));
        Assert.Equal("meeting per:خالد خوجه > kb:sergei-lavrov @kb:moscow -", Describe(e[^1]));
        Assert.True(e[^1].Future);
    }

    [Theory]
    [InlineData("وقال ترامب أثناء استقباله رئيس الوزراء الياباني، شينزو آبي في فلوريدا إنه يمنح الكوريتين مباركته.", "meeting kb:donald-trump > kb:shinzo-abe @kb:florida -")] // he receives
    [InlineData("من جانب آخر، يصل اليوم إلى مدينة ميلان الإيطالية المشرف العام على الفريق الاتحادي منصور البلوي.", "visit per:منصور البلوي >  @loc:ميلان 2015-07-24")] // the subject after a destination
    [InlineData("وفي مصر سيلتقي جون كيري مع نظيره المصري سامح شكري.", "meeting kb:john-kerry > kb:sameh-shoukry @kb:egypt -")] // the place before the verb
    [InlineData("وأوضح المتحدث أن كيم جونغ أون صرح بذلك قبل بدء قمة مع الرئيس الأمريكي دونالد ترامب.", "meeting kb:kim-jong-un > kb:donald-trump @- -")]
    public void Arguments_where_news_puts_them(string text, string expected) =>
        Assert.Equal(expected, Describe(Events(text, "2015-07-24")[0]));

    [Fact]
    public void Without_meeting_is_negated() =>
        Assert.True(Assert.Single(Events("وقطع رامي الحمد الله زيارته دون أن يلتقي بأي مسؤول من حركة حماس.", "2018-03-13"), e => e.Type == EventType.Meeting).Negated);

    [Fact]
    public void A_hashtag_name_a_departure_and_a_meeting_with_the_office_named_before()
    {
        var e = Events("أعلنت السعودية مغادرة ولي العهد الأمير #محمد_بن_سلمان إلى العاصمة المصرية القاهرة. ويعد لقاء الرئيس عبد الفتاح السيسي بولي العهد استمراراً للتنسيق.", "2018-03-04");
        Assert.Equal(["visit kb:mohammed-bin-salman >  @kb:cairo -", "meeting kb:abdel-fattah-el-sisi > kb:mohammed-bin-salman @kb:cairo -"], e.Select(Describe));
    }

    [Fact]
    public void Destinations_joined_by_and_are_a_visit_each()
    {
        var e = Events("وصل ولي العهد الأمير محمد بن سلمان إلى القاهرة. وتستبق الزيارة زيارتي ولي العهد للندن وواشنطن.", "2018-03-04");
        Assert.Equal(["kb:cairo", "kb:london", "kb:washington"], e.Select(m => m.Place));
    }

    [Theory]
    [InlineData("ودعا الرئيس عبدربه منصور هادي خلال لقائه المبعوث إسماعيل ولد الشيخ الى زيارة محافظة عدن.", "kb:ismail-ould-cheikh-ahmed")]
    [InlineData("وصل سعد الحريري إلى الرياض بعد ساعات على تلقيه دعوة رسمية لزيارة السعودية.", "kb:saad-hariri")]
    public void The_one_invited_is_the_visitor_of_a_visit_yet_to_come(string text, string visitor)
    {
        var e = Events(text, "2015-07-26").Last(m => m.Type == EventType.Visit);
        Assert.Equal([visitor], e.Actors);
        Assert.True(e.Future);
    }

    [Fact]
    public void A_match_anywhere_in_the_sentence_makes_a_meeting_noun_a_match() =>
        Assert.Empty(Events("وفاز الهلال في اللقاء الذي جمعه مع النصر بنتيجة هدفين.", "2015-07-26"));

    [Fact]
    public void A_meeting_in_a_friendly_atmosphere_is_still_a_meeting() =>
        Assert.Single(Events("وجاء اللقاء الذي جمع الرئيس فلاديمير بوتين بالمشير خليفة حفتر في أجواء ودية.", "2023-09-29"));

    [Fact]
    public void A_statement_is_who_said_what_as_written()
    {
        const string text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف، الأحد، إن الرئيس بوتين لن يلتقي حفتر. وأضاف أن الزيارة تحمل طابعا عسكريا.";
        var s = Statements(text, "2019-04-15");
        Assert.Equal(2, s.Count);
        Assert.All(s, m => Assert.Equal(["kb:dmitry-peskov"], m.Actors)); // «وأضاف» goes on with the speaker before
        Assert.Equal("الرئيس بوتين لن يلتقي حفتر", s[0].QuoteText);
        Assert.Equal(s[0].QuoteText, s[0].Quote!.Value.SliceString(text));
        Assert.Equal(("2019-04-14", "event"), (s[0].Date!.Value, s[0].DatedBy)); // dated by its own time
        Assert.Equal(("2019-04-15", "published"), (s[1].Date!.Value, s[1].DatedBy)); // else by the day it was reported
    }

    [Fact]
    public void A_statement_does_not_take_the_date_of_what_it_tells() =>
        Assert.Equal("2019-04-14", Assert.Single(Events("وقال الكرملين إن بوتين التقى حفتر أمس.", "2019-04-15")).Date!.Value);

    [Fact]
    public void Saying_needs_a_speaker_and_something_said() =>
        Assert.Empty(Statements("وقال إنه لا يعرف. قال الرئيس.", "2019-04-15"));

    [Theory]
    [InlineData("التقى الرئيس فلاديمير بوتين بالمشير خليفة حفتر في موسكو. كما التقى بوزير الدفاع سيرغي شويغو.", "meeting kb:vladimir-putin > kb:sergei-shoigu @- -")] // the story's actor goes on
    [InlineData("يشار إلى أن الرئيس فلاديمير بوتين ووزير دفاعه قد استقبلا المشير خليفة حفتر في موسكو.", "meeting kb:khalifa-haftar > kb:vladimir-putin @kb:moscow -")] // the host a few words before
    public void Who_acts_when_the_sentence_does_not_say_it_at_the_verb(string text, string expected) =>
        Assert.Equal(expected, Describe(Events(text, "2018-10-12")[^1]));

    [Fact]
    public void A_tour_takes_in_each_country_it_includes() =>
        Assert.Equal(["kb:switzerland", "kb:austria"], Events("بدأ الرئيس الإيراني حسن روحاني الاثنين جولة أوروبية تشمل سويسرا والنمسا.", "2018-07-03").Select(e => e.Place));

    [Theory]
    [InlineData("قال الكرملين إن الرئيس الروسي، فلاديمير بوتين، سيلتقي المشير خليفة حفتر.", "meeting kb:vladimir-putin > kb:khalifa-haftar @- -")] // a subject set off by commas
    [InlineData("وكان خليفة حفتر قد زار مؤخرا موسكو.", "visit kb:khalifa-haftar >  @kb:moscow -")] // an adverb before the object
    [InlineData("والتقى خليفة حفتر خلال الزيارة كلا من فلاديمير بوتين وسيرغي شويغو.", "meeting kb:khalifa-haftar > kb:vladimir-putin+kb:sergei-shoigu @- -")] // «خلال الزيارة» points back
    public void Subjects_and_objects_a_few_words_off(string text, string expected) =>
        Assert.Equal(expected, Describe(Events(text, "2019-04-15").Single(e => e.Type != EventType.Visit || expected.StartsWith("visit", StringComparison.Ordinal))));

    [Fact]
    public void A_country_met_is_a_counterpart_only_right_after_with()
    {
        Assert.Equal(["kb:russia"], Assert.Single(Events("وأجرى خليفة حفتر محادثات مع روسيا.", "2019-04-15")).Counterparts);
        Assert.Empty(Events("والتقى خليفة حفتر في روسيا.", "2019-04-15")); // a place, not a party
    }

    [Theory]
    [InlineData("وجرى آخر لقاء بين خليفة حفتر وفلاديمير بوتين على هامش قمة آسيان في فيتنام.", "meeting kb:khalifa-haftar > kb:vladimir-putin @kb:vietnam -")] // not the summit after them
    [InlineData("وعقدت جلسة مباحثات بين الرئيس السيسي والعاهل الأردني الملك عبد الله الثاني.", "meeting kb:abdel-fattah-el-sisi > kb:abdullah-ii-of-jordan @- -")]
    public void The_parties_after_between_are_the_meetings(string text, string expected) =>
        Assert.Equal(expected, Describe(Assert.Single(Events(text, "2019-04-15"))));

    [Fact]
    public void What_is_done_where_the_visit_went_happens_there_and_then()
    {
        // «حيث»: the one met is the only name after the verb; the subject goes on from the visit.
        var e = Events("وصل حفتر إلى موسكو أمس حيث التقى وزير الدفاع سيرغي شويغو.", "2019-04-15");
        Assert.Equal(["visit kb:khalifa-haftar >  @kb:moscow 2019-04-14", "meeting kb:khalifa-haftar > kb:sergei-shoigu @kb:moscow 2019-04-14"], e.Select(Describe));
    }

    [Fact]
    public void A_time_in_a_later_clause_is_not_what_is_done_where_the_visit_went()
    {
        var meeting = Events("وسينتقل كيري الاثنين الى الدوحة حيث سيلتقي نظراءه لتهدئة مخاوفهم من الاتفاق الذي ابرم في 14 يوليو.", "2015-08-01")
            .Single(m => m.Type == EventType.Meeting);
        Assert.Equal(("kb:doha", "2015-08-03"), (meeting.Place, meeting.Date?.Value));
    }

    [Fact]
    public void A_visited_building_is_in_the_place_named_after_it() =>
        Assert.Equal("visit per:محمد باجبير >  @kb:jeddah 2015-07-20",
            Describe(Assert.Single(Events("زار فريق سفراء التطوع برئاسة الدكتور محمد باجبير يوم أمس، مستشفى شرق جدة.", "2015-07-21"))));

    [Fact]
    public void An_office_in_construct_with_its_country_comes_before_the_subject() =>
        Assert.Equal("meeting kb:tamim-bin-hamad > kb:recep-tayyip-erdogan @- -",
            Describe(Assert.Single(Events("ناقش أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس التركي رجب طيب أردوغان العلاقات الثنائية.", "2016-05-10"))));

    [Fact]
    public void A_visit_counted_from_another_is_undated_and_a_fused_article_still_leads_to_its_place()
    {
        // «للرياض»: «ل» swallows the article's alif and still marks the destination.
        var e = Events("وتأتي زيارة أردوغان إلى السعودية بعد أسبوع من زيارة الرئيس الأمريكي باراك أوباما للرياض.", "2016-05-10");
        Assert.Equal(["visit kb:recep-tayyip-erdogan >  @kb:saudi-arabia -", "visit kb:barack-obama >  @kb:riyadh -"], e.Select(Describe));
    }

    [Fact]
    public void The_speaker_of_he_will_is_found_past_the_time_of_the_statement() =>
        // «اليوم» dates the statement, not the visit.
        Assert.Equal("visit kb:khalifa-haftar >  @kb:moscow -",
            Describe(Assert.Single(Events("أعلن المشير خليفة حفتر، اليوم (الثلاثاء)، أنه سيتوجه إلى موسكو.", "2019-04-16"))));

    [Fact]
    public void The_source_of_a_claim_is_not_who_acts()
    {
        // «وفقا لوكالة رويترز فقد اجتمع»: the agency tells of the meeting; it does not meet.
        var e = Events("وفقا لوكالة رويترز فقد اجتمع المشير خليفة حفتر مع سيرغي شويغو.", "2019-04-16");
        Assert.Equal("meeting kb:khalifa-haftar > kb:sergei-shoigu @- -", Describe(Assert.Single(e)));
    }

    [Fact]
    public void A_meeting_told_between_a_verb_of_saying_and_what_was_said_is_the_speakers()
    {
        var e = Assert.Single(Events("وقال بوتين، خلال لقاء جمعه بالدبلوماسيين الروس، إن العلاقات مع ليبيا مهمة.", "2019-04-16"));
        Assert.Equal((EventType.Meeting, "kb:vladimir-putin", "الدبلوماسيين الروس"), (e.Type, Assert.Single(e.Actors), Assert.Single(e.Groups).Text)); // the group without «ب» glued on
    }

    [Fact]
    public void A_call_after_in_is_between_the_two_its_clause_names() =>
        Assert.Contains("call kb:vladimir-putin > kb:khalifa-haftar @- -",
            Events("وذكر بيان أن بوتين بحث مع المشير خليفة حفتر في اتصال هاتفي الأوضاع في ليبيا.", "2019-04-16").Select(Describe));

    [Fact]
    public void A_call_during_which_the_sentence_verb_was_done_is_by_that_verbs_subject()
    {
        // «شكر X المملكة، وذلك خلال مكالمة»: the thanks were given during the call, so X is its caller though commas stand between.
        Assert.Equal("call kb:mike-pompeo > kb:mohammed-bin-salman @- 2018-08-13",
            Describe(Assert.Single(Events("شكر وزير الخارجية الأمريكي، مايك بومبيو، المملكة العربية السعودية، وذلك خلال مكالمة هاتفية أجراها، الإثنين، مع الأمير محمد بن سلمان.", "2018-08-14"))));
        // Only after «خلال»: a noun standing alone after the commas names no caller.
        Assert.Empty(Events("شكر وزير الخارجية الأمريكي، مايك بومبيو، المملكة العربية السعودية، ومكالمة هاتفية مع الأمير محمد بن سلمان.", "2018-08-14"));
    }

    [Fact]
    public void An_event_being_prepared_is_planned_and_not_dated_by_the_time_of_the_preparing()
    {
        var e = Events("قالت صحيفة إن مسؤولين أمريكيين دخلوا كوريا الشمالية اليوم الأحد لإجراء محادثات بشأن الإعداد للقمة بين الرئيس دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.", "2018-05-27")
            .Single(x => x.Type == EventType.Meeting && x.Actors.Contains("kb:donald-trump"));
        Assert.True(e.Future);
        Assert.Null(e.Date);
    }

    [Fact]
    public void Going_on_to_a_place_after_a_visit_is_another_visit_by_the_same_visitor() =>
        Assert.Contains("visit kb:emmanuel-macron >  @kb:australia -",
            Events("وزار ماكرون الهند قبل التوجه إلى أستراليا.", "2018-05-31").Select(Describe));

    [Theory]
    [InlineData("اجتمع ستيفان دي ميستورا في جنيف مع وفد المعارضة السورية.", "وفد المعارضة")]
    [InlineData("التقى بوتين بموسكو بمسؤولين أتراك.", "مسؤولين أتراك")]
    [InlineData("التقى الوزير خالد الفالح بمكتبه في الوزارة أمس وفدا من الأطباء.", "وفدا من الأطباء")] // a room, a building and a time before it
    [InlineData("وأشار جون كيري خلال لقاء الليلة الماضية مع عدد من الصحفيين المصريين إلى أن الغاز مهم.", "عدد من الصحفيين المصريين")] // «الليلة الماضية» is a time
    [InlineData("والتقى الرئيس عبد الفتاح السيسي بالمستفيدين من الأشقاء اليمنيين.", "المستفيدين من الأشقاء اليمنيين")]
    public void A_group_met_may_follow_where_the_meeting_was(string text, string group)
    {
        var e = Assert.Single(Events(text, "2018-03-10"));
        Assert.Equal(group, Assert.Single(e.Groups).Text);
    }

    [Fact]
    public void A_delegation_headed_by_a_senator_is_the_senators_visit() =>
        Assert.Equal("visit per:جون ماكين >  @kb:cairo -", Describe(Assert.Single(Events("زار وفد من الكونغرس الأمريكي برئاسة السيناتور جون ماكين القاهرة.", "2018-03-10"))));

    [Theory]
    [InlineData("نفى الكرملين أن يكون بوتين قد التقى بالرئيس الأمريكي دونالد ترامب في هامبورغ.", true)]
    [InlineData("نفت الخارجية الروسية وجود أي لقاء بين لافروف وتيلرسون.", true)]
    [InlineData("نفى بيسكوف الشائعات وأكد أن بوتين التقى ترامب في هامبورغ.", false)] // affirmed after the denial
    public void A_denied_meeting_is_negated(string text, bool negated) =>
        Assert.Equal(negated, Assert.Single(Events(text, "2018-03-10")).Negated);

    [Fact]
    public void Going_to_meet_two_joined_by_and_meets_both() =>
        Assert.Contains("meeting kb:mike-pompeo > kb:salman-of-saudi-arabia+kb:mohammed-bin-salman @kb:riyadh -",
            Events("وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض للقاء الملك سلمان بن عبد العزيز وولي العهد الأمير محمد بن سلمان.", "2018-10-16").Select(Describe));

    [Theory]
    [InlineData("وسبق للرئيس الفرنسي إيمانويل ماكرون أن زار الجزائر في ديسمبر الماضي.", "visit kb:emmanuel-macron >  @kb:algeria 2017-12")] // «سبق ل X أن»
    [InlineData("وسبق لماكرون أن التقى بوتين في باريس.", "meeting kb:emmanuel-macron > kb:vladimir-putin @kb:paris -")]
    [InlineData("وعقد الرئيس المصري عبد الفتاح السيسي ونظيره الفرنسي إيمانويل ماكرون جلسة مباحثات.", "meeting kb:abdel-fattah-el-sisi > kb:emmanuel-macron @- -")] // the holders meet
    [InlineData("وأجرى بوتين وأردوغان محادثات في سوتشي.", "meeting kb:vladimir-putin > kb:recep-tayyip-erdogan @kb:sochi -")]
    [InlineData("حل الرئيس الموريتاني محمد ولد عبد العزيز ضيفا على تونس.", "visit per:محمد ولد عبد العزيز >  @kb:tunisia -")]
    [InlineData("وصل رئيس الوزراء الإيطالي باولو جنتيلوني أمس بالجزائر في زيارة عمل.", "visit per:باولو جنتيلوني >  @kb:algeria 2018-03-09")] // the place before «في زيارة»
    [InlineData("وخلال لقائه بالرئيس السيسي، أكد وزير الخارجية الأمريكي مايك بومبيو دعم بلاده لمصر.", "meeting kb:mike-pompeo > kb:abdel-fattah-el-sisi @- -")] // the pronoun looks ahead
    [InlineData("والتقى كل من وزير الخارجية الأمريكي ريكس تيلرسون ونظيره الروسي سيرغي لافروف في مانيلا.", "meeting kb:rex-tillerson > kb:sergei-lavrov @kb:manila -")] // «كل من»
    [InlineData("استقبل الرئيس عبد الفتاح السيسي كلا من وزير الخارجية الأمريكي ريكس تيلرسون ووزير الدفاع جيمس ماتيس.", "meeting kb:rex-tillerson+kb:jim-mattis > kb:abdel-fattah-el-sisi @- -")]
    [InlineData("يزور الرئيس الصيني شي جين بينغ غدا كلا من السنغال ورواندا.", "visit kb:xi-jinping >  @kb:rwanda 2018-03-11")]
    [InlineData("هاتف الرئيس الأمريكي دونالد ترامب ولي العهد السعودي الأمير محمد بن سلمان.", "call kb:donald-trump > kb:mohammed-bin-salman @- -")]
    [InlineData("ورفض الرئيس الفلسطيني محمود عباس لقاء نائب الرئيس الأمريكي مايك بنس.", "meeting kb:mahmoud-abbas > kb:mike-pence @- - negated")] // refused; the verb's subject meets
    [InlineData("وطلب المشير خليفة حفتر لقاء الرئيس بوتين.", "meeting kb:khalifa-haftar > kb:vladimir-putin @- -")]
    [InlineData("قال النائب، الأحد، إن زيارة ولي عهد السعودية، الأمير محمد بن سلمان، إلى مصر تأتي في توقيت مهم.", "visit kb:mohammed-bin-salman >  @kb:egypt 2018-03-04")] // «ولي عهد السعودية»
    [InlineData("يؤدي وفد ليبي متكون من رجال أعمال زيارة إلى تونس.", "visit  >  @kb:tunisia -")] // a verb of performing, a group
    [InlineData("التقى فلاديمير بوتين، الذي كان في زيارة لتركيا، مع رجب طيب أردوغان في أنقرة.", "meeting kb:vladimir-putin > kb:recep-tayyip-erdogan @kb:ankara -")] // past the relative clause
    [InlineData("التقى فلاديمير بوتين، الذي كان في زيارة لتركيا، مع رجب طيب أردوغان في أنقرة.", "visit kb:vladimir-putin >  @kb:turkey -")] // the clause's antecedent
    [InlineData("وأعلن وزير الداخلية ماتيو سالفيني أنه سيتوجه إلى فودجا.", "visit per:ماتيو سالفيني >  @- -")] // a town no one knows
    [InlineData("التقى وكيل جامعة الملك عبدالعزيز للتطوير الدكتور عبدالفتاح مشاط بالمدير التنفيذي للبرنامج الدكتور نبيل تكر.", "meeting per:عبدالفتاح مشاط > per:نبيل تكر @- -")] // a long office before the subject
    [InlineData("استقبل الملك سلمان بن عبدالعزيز وفدا من الكونغرس الأمريكي برئاسة السيناتور جون ماكين.", "meeting per:جون ماكين > kb:salman-of-saudi-arabia @- -")] // a delegation received is its head
    [InlineData("وكان في استقبال الرئيس الفرنسي فرانسوا هولاند لدى وصوله مطار الملك خالد الدولي الأمير فيصل بن بندر.", "meeting kb:francois-hollande > per:فيصل بن بندر @- -")] // «لدى وصوله» only says when
    [InlineData("وفي اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان، أكد الرئيس الروسي فلاديمير بوتين أهمية التعاون.", "call kb:vladimir-putin > kb:recep-tayyip-erdogan @- -")]
    [InlineData("وزار وزير الخارجية الروسي سيرغي لافروف، أمس الجمعة، العاصمة الأردنية عمان.", "visit kb:sergei-lavrov >  @kb:amman 2018-03-09")] // «العاصمة الأردنية», past the time set off by commas
    public void More_forms_news_tells_events_in(string text, string expected) =>
        Assert.Contains(expected, Events(text, "2018-03-10").Select(Describe));

    [Fact]
    public void A_coach_named_with_his_post_meets_the_players_he_called() =>
        Assert.Contains("meeting per:لوبيز كارو > per:حسين عبد الغني @- 2015-07-20",
            Events("اجتمع مدرب المنتخب الأول الإسباني لوبيز كارو مساء الأمس مع الكابتن حسين عبد الغني.", "2015-07-21").Select(Describe));

    [Fact]
    public void A_definite_noun_right_before_a_person_says_what_he_is_and_he_is_still_the_subject() =>
        Assert.Equal(["visit per:كاظم الساهر >  @kb:egypt -", "meeting per:كاظم الساهر"],
            Events("وصل المطرب كاظم الساهر إلى مصر في زيارة خاطفة، التقى فيها بالموسيقار المصري رضا رجب.", "2018-03-17").Select(e => e.Type == EventType.Meeting ? $"meeting {string.Join(",", e.Actors)}" : Describe(e)));

    [Fact]
    public void Where_a_visit_made_goes_may_come_before_who_makes_it() =>
        Assert.Equal(["visit kb:nikki-haley >  @kb:colombia -"],
            Events("وخرج القرار للنور خلال زيارة تقوم بها إلى كولومبيا سفيرة أميركا لدى الأمم المتحدة نيكي هيلي.", "2018-08-09").Select(Describe));

    [Theory]
    [InlineData("وكان وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري قد وصلا إلى جنيف.", "visit kb:sergei-lavrov+kb:john-kerry >  @kb:geneva -")]
    [InlineData("سيرغي لافروف وجون كيري التقيا في جنيف.", "meeting kb:sergei-lavrov > kb:john-kerry @kb:geneva -")]
    [InlineData("التقى بوتين بحفتر، وشويغو وصل إلى القاهرة.", "visit kb:sergei-shoigu >  @kb:cairo -")] // «بحفتر» is no subject
    public void Names_joined_by_and_before_their_verb_act_together(string text, string expected) =>
        Assert.Contains(expected, Events(text, "2015-07-25").Select(Describe));

    [Fact]
    public void A_trip_that_takes_in_two_countries_is_a_visit_to_each() =>
        Assert.Equal(["visit kb:barack-obama >  @kb:kenya -", "visit kb:barack-obama >  @kb:ethiopia -"],
            Events("كما قال أوباما إن رحلته التي تشمل كينيا وإثيوبيا ستظهر تصميم الولايات المتحدة.", "2015-07-25").Where(e => e.Type == EventType.Visit).Select(Describe));

    [Fact]
    public void A_place_after_the_group_that_visits_is_where_it_goes() =>
        Assert.Equal(["visit kb:moscow"],
            Events("إن من المقرر أن يزور وفد من المعارضة السورية الرئيسة المدعومة من الغرب موسكو الأسبوع المقبل.", "2015-08-07").Select(e => $"visit {e.Place}"));

    [Fact]
    public void Whom_an_envoy_serves_and_what_his_office_is_for_take_no_part_in_his_meeting() =>
        Assert.Equal(["meeting  > kb:sergei-lavrov+per:ميخاييل بوجدانوف @- -"],
            Events("وأضاف المصدر أن من المقرر أن يلتقي الوفد بوزير الخارجية سيرجي لافروف والمبعوث الشخصي للرئيس فلاديمير بوتين للشرق الأوسط ميخائيل بوجدانوف.", "2015-08-07").Select(Describe));

    [Fact]
    public void A_definite_group_named_in_more_than_a_word_may_meet_a_group_but_a_bare_one_may_not()
    {
        var e = Assert.Single(Events("واجتمع الوفد البلجيكي مع ممثلي المجتمع المدني.", "2017-03-17"));
        Assert.Equal(("الوفد البلجيكي", "ممثلي المجتمع المدني"), (Assert.Single(e.ActorGroups).Text, Assert.Single(e.Groups).Text));
        Assert.Empty(Events("واجتمع الوفد مع مسؤولين روس.", "2017-03-17"));
    }

    [Fact]
    public void A_rank_of_two_words_leads_into_the_name() =>
        Assert.Contains("meeting per:الكسندر فومين > per:قمر جاويد باجوا @- -",
            Events("التقى نائب وزير الدفاع الروسي الكولونيل جنرال الكسندر فومين مع قائد الجيش الباكستاني الجنرال قمر جاويد باجوا.", "2018-08-10").Select(Describe));

    [Fact]
    public void A_group_received_is_the_guest_of_its_host()
    {
        var e = Assert.Single(Events("استقبل رئيس الجمهورية الباجي قايد السبسي اليوم الأربعاء بقصر قرطاج، وفدا عن حزب حركة نداء تونس.", "2017-05-31"));
        Assert.Equal(("kb:beji-caid-essebsi", "وفدا"), (Assert.Single(e.Counterparts), Assert.Single(e.ActorGroups).Text));
    }

    [Fact]
    public void A_group_that_opens_the_subject_of_a_verb_of_making_makes_the_visit_not_the_body_inside_it()
    {
        var e = Assert.Single(Events("وعلى صعيد آخر، قام عدد من أعضاء شرف نادي الوحدة، بزيارة لمقر النادي.", "2015-07-26"));
        Assert.Empty(e.Actors);
        Assert.StartsWith("عدد من أعضاء", Assert.Single(e.ActorGroups).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_during_which_a_planned_meeting_is_held_is_planned_and_leaves_the_meeting_its_counterpart()
    {
        var e = Events("ومن المتوقع أن يلتقي ترامب خلال زيارته لبكين بالرئيس الصيني شي جين بينغ.", "2018-03-10");
        Assert.All(e, x => Assert.True(x.Future));
        Assert.Contains("meeting kb:donald-trump > kb:xi-jinping @kb:beijing -", e.Select(Describe));
        Assert.Contains("visit kb:donald-trump >  @kb:beijing -", e.Select(Describe));
    }

    [Fact]
    public void A_bare_year_after_since_starts_a_span_and_dates_nothing() =>
        Assert.Equal("visit kb:barack-obama >  @kb:cuba 2016",
            Describe(Assert.Single(Events("وكان أوباما قد زار كوبا عام 2016 في أول زيارة لرئيس أمريكي منذ 1928.", "2018-03-10"))));

    [Fact]
    public void The_source_of_a_claim_is_no_one_met()
    {
        var e = Events("قام وزير الخارجية العماني يوسف بن علوي بزيارة إلى رام الله بعد إجراء محادثات مع مسؤولين فلسطينيين، حسبما ذكرت فرانس برس.", "2018-01-01")
            .Single(x => x.Type == EventType.Meeting);
        Assert.Empty(e.Counterparts);
        Assert.Equal("مسؤولين فلسطينيين", Assert.Single(e.Groups).Text);
    }

    [Fact]
    public void A_reception_of_no_one_named_is_no_meeting_of_the_hosts() =>
        Assert.DoesNotContain(Events("وكان في استقبال الطائرة عند وصولها وكيل إمارة منطقة الجوف عبدالرحمن بن نجم البادي ومدير الشرطة عبدالعزيز الموسى.", "2018-01-01"),
            e => e.Type == EventType.Meeting);

    [Fact]
    public void A_meeting_attended_with_a_time_between_is_no_new_meeting() =>
        Assert.DoesNotContain(Events("وتوجه كيري إلى ماليزيا للمشاركة اليوم في اجتماعات رابطة دول جنوب شرق آسيا (آسيان).", "2015-08-05"), e => e.Type == EventType.Meeting);

    [Fact]
    public void A_body_a_preposition_and_a_common_noun_lead_to_is_no_one_met()
    {
        var e = Assert.Single(Events("وندد نتنياهو خلال لقاء مع رؤساء مجموعة فيشغراد في بودابست بمطالب الاتحاد الأوروبي.", "2018-07-20"));
        Assert.DoesNotContain("kb:european-union", e.Counterparts);
    }

    [Fact]
    public void A_special_envoys_name_follows_the_qualifier() =>
        Assert.Equal("visit kb:jason-greenblatt >  @kb:tel-aviv 2018-03-09",
            Describe(Assert.Single(Events("ووصل المبعوث الأمريكي الخاص جيسون غرينبلات أمس إلى تل أبيب.", "2018-03-10"))));

    [Theory]
    [InlineData("وصل وزير الخارجية الأمريكي مايك بومبيو إلى القصر الملكي.", true)]
    [InlineData("وقال إنه وصل إلى القنصلية ظهرا.", false)] // no one named
    [InlineData("وصل بومبيو إلى قناعة بأن الحل ممكن.", false)] // a conviction is no place
    [InlineData("وكتب أن بومبيو وصل إلى مستوى متدن جديد.", false)]
    public void A_visit_to_no_named_place_needs_a_kind_of_place_after_to(string text, bool visit) =>
        Assert.Equal(visit, Events(text, "2018-03-10").Any(e => e.Type == EventType.Visit));

    [Fact]
    public void Meetings_in_the_plural_with_a_plural_pronoun_are_a_recap_of_many() =>
        Assert.Empty(Events("وقال الخبير إنه لم تتم مناقشة أي جديد، فقد تطرق ممثلو موسكو في لقاءاتهم السابقة مع حفتر إلى كل المسائل.", "2019-04-16"));

    [Fact]
    public void A_plural_pronoun_on_a_meeting_noun_stands_for_the_group_named_before_it()
    {
        var e = Assert.Single(Events("علقت السفارة اليمنية على زيارة وفد من جماعة الحوثي ولقائهم بالأمين العام لحزب الله اللبناني، حسن نصرالله.", "2018-08-19"));
        Assert.Equal(("وفد من جماعة الحوثي", "kb:hassan-nasrallah"), (Assert.Single(e.ActorGroups).Text, Assert.Single(e.Counterparts)));
    }

    [Fact]
    public void Two_teams_meeting_in_a_text_about_sport_is_a_match() =>
        Assert.DoesNotContain(Events("ويلتقي برشلونة مع مانشستر يونايتد بعد غد الجمعة في الولايات المتحدة ضمن جولة ودية، وسجل اللاعب هدفا في المباراة الأولى بعد ركلة جزاء في الدوري.", "2015-07-22"),
            e => e.Type == EventType.Meeting);

    [Fact]
    public void Parties_after_between_may_carry_their_titles() =>
        Assert.Equal("meeting kb:vladimir-putin > kb:khalifa-haftar @- -",
            Describe(Assert.Single(Events("أعلن الكرملين انعقاد مباحثات بين الرئيس الروسي فلاديمير بوتين، وقائد الجيش الليبي خليفة حفتر.", "2019-04-16"))));

    [Fact]
    public void A_time_borrowed_from_another_clause_is_the_one_after_the_trigger_before_one_before_it()
    {
        // «مساء الخميس» dates the announcement; «الإثنين المقبل» the talks.
        var e = Assert.Single(Events("أعلن الكرملين، مساء الخميس، انعقاد مباحثات بين بوتين وحفتر، في موسكو الإثنين المقبل.", "2018-06-22"));
        Assert.Equal("2018-06-25", e.Date?.Value);
    }

    [Fact]
    public void Leaving_a_place_after_a_visit_tells_the_visit_and_the_offices_after_a_name_are_its()
    {
        // The offices after the name are his; what follows them is the place he left, where he had met the president.
        var e = Events("غادر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع جمهورية مصر العربية بعد زيارة عمل التقى خلالها الرئيس المصري عبدالفتاح السيسي.", "2015-07-31");
        Assert.Equal(["visit kb:mohammed-bin-salman >  @kb:egypt -", "meeting kb:mohammed-bin-salman > kb:abdel-fattah-el-sisi @kb:egypt -"], e.Select(Describe));
        Assert.DoesNotContain(Events("غادر الرئيس فلاديمير بوتين موسكو متوجها إلى الصين.", "2015-07-31"), m => m.Place == "kb:moscow"); // left home: no visit there
    }

    [Fact]
    public void The_country_of_an_office_after_a_name_is_no_place_visited() =>
        Assert.Equal("visit kb:sameh-shoukry >  @kb:riyadh 2016-05-09", Describe(Assert.Single(Events("زار سامح شكري وزير خارجية مصر الرياض أمس.", "2016-05-10"))));

    [Fact]
    public void A_title_that_leads_into_another_name_is_not_the_first_persons() =>
        Assert.Equal("meeting kb:vladimir-putin > kb:sergei-shoigu @- -", Describe(Assert.Single(Events("والتقى فلاديمير بوتين وزير الدفاع الروسي سيرغي شويغو.", "2019-04-15"))));

    [Fact]
    public void A_time_a_span_is_counted_from_does_not_date_the_event()
    {
        var e = Assert.Single(Events("وقبل عام، قام بوتين بأول زيارة لرئيس روسي إلى بودابست منذ انهيار النظام الشيوعي عام 1989.", "2018-07-19"));
        Assert.Equal("2017", e.Date?.Value);
    }

    [Fact]
    public void A_name_behind_of_or_for_is_no_subject_a_few_words_back() =>
        // The coordinator of the United Nations visits; the body he works for does not.
        Assert.DoesNotContain(Events("وعبر المنسق الإنساني للأمم المتحدة في اليمن عن سروره البالغ لزيارة عدن.", "2015-07-27"), e => e.Actors.Contains("kb:united-nations"));

    [Fact]
    public void A_joint_press_conference_is_a_meeting_of_the_two() =>
        Assert.Equal("meeting kb:sergei-lavrov > kb:khalifa-haftar @- -",
            Describe(Assert.Single(Events("وتحدث سيرغي لافروف خلال مؤتمر صحفي مع المشير خليفة حفتر عن الأزمة.", "2019-04-15"))));

    [Theory]
    [InlineData("والتقى فلاديمير بوتين مديري الشركات الروسية الكبرى.", "مديري الشركات الروسية الكبرى")]
    [InlineData("واجتمع خليفة حفتر مع رجال الأعمال الليبيين.", "رجال الأعمال الليبيين")]
    public void Managers_and_businessmen_are_groups_one_meets(string text, string group) =>
        Assert.Equal(group, Assert.Single(Assert.Single(Events(text, "2019-04-15")).Groups).Text);

    [Fact]
    public void A_month_with_no_year_told_in_the_past_goes_back_not_forward()
    {
        // A June report: the last meeting «in November» was last November, not next.
        var e = Assert.Single(Events("وجرى آخر لقاء بين خليفة حفتر وفلاديمير بوتين في نوفمبر.", "2018-06-28"));
        Assert.Equal(("2017-11", false), (e.Date?.Value, e.Future));
        Assert.Equal("2018-11", Assert.Single(Events("وسيلتقي خليفة حفتر فلاديمير بوتين في نوفمبر.", "2018-06-28")).Date?.Value);
    }

    [Fact]
    public void A_visit_noun_with_a_word_of_what_is_to_come_is_planned()
    {
        var e = Assert.Single(Events("وتتطلع الصين لإتمام زيارة الرئيس عبد الفتاح السيسي المقبلة إلى الصين.", "2015-08-09"));
        Assert.Equal((EventType.Visit, true), (e.Type, e.Future));
        Assert.False(Assert.Single(Events("وتأتي زيارة عبد الفتاح السيسي إلى الصين الأسبوع الماضي.", "2015-08-09")).Future);
    }

    [Theory]
    [InlineData("وزار وفد منظمة مرام للإغاثة الحملة في إطار تبادل الخبرات.")]
    [InlineData("وقام الدكتور عبدالله الربيعة أمس بزيارة لحقل الشيبة النفطي.")]
    public void A_visit_to_a_place_the_text_does_not_name_as_such_is_a_visit_all_the_same(string text) =>
        Assert.Equal(EventType.Visit, Assert.Single(Events(text, "2015-08-07")).Type);

    [Theory]
    [InlineData("ورحب السفير محمد آل جابر بزيارة الرئيس شي جين بينغ للتعاون.")] // a person welcomes: where the visit goes is not said
    [InlineData("وعبر السفير محمد آل جابر عن سعادته بالزيارة.")]
    public void A_visit_welcomed_or_told_of_is_no_visit_without_its_destination(string text) =>
        Assert.DoesNotContain(Events(text, "2018-07-19"), e => e.Type == EventType.Visit);

    [Fact]
    public void A_visit_planned_by_a_verb_goes_on_with_the_story_and_a_weekday_alone_is_the_coming_one()
    {
        // A Wednesday report: Thursday and Friday are the next ones; the present verb joined to the plan is planned too.
        var e = Events("وصل رئيس الوزراء المجري فيكتور أوربان مساء الأربعاء إلى إسرائيل. وسيقوم بزيارة النصب التذكاري بعد ظهر الخميس ويزور حائط المبكى في القدس يوم الجمعة.", "2018-07-18");
        Assert.Equal(["2018-07-18", "2018-07-19", "2018-07-20"], e.Select(x => x.Date?.Value));
        Assert.All(e, x => Assert.Equal("per:فيكتور اوربان", Assert.Single(x.Actors)));
        Assert.Equal([false, true, true], e.Select(x => x.Future));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_is_the_name_it_follows()
    {
        var visits = Events("وصل خليفة حفتر إلى روسيا، واستقبله نائب وزير الدفاع يونس بك يفكيروف، الذي سبق وأن زار مراراً مدينة بنغازي.", "2023-09-29")
            .Where(e => e.Type == EventType.Visit).ToList();
        Assert.Equal(["kb:khalifa-haftar", "kb:yunus-bek-yevkurov"], visits.Select(v => Assert.Single(v.Actors)));
    }

    [Fact]
    public void A_word_of_a_name_never_cuts_the_window_short()
    {
        // «آلان» reads «الآن» (now) in match form.
        Assert.Equal("meeting kb:hassan-rouhani > per:الان بيرسيه @- -",
            Describe(Assert.Single(Events("وكان في استقبال حسن روحاني الرئيس السويسري آلان بيرسيه.", "2018-07-02"))));
    }

    [Fact]
    public void The_one_invited_may_follow_to()
    {
        var e = Assert.Single(Events("وجدد بادي دعوة الحكومة إلى مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد لزيارة عدن.", "2015-07-27"));
        Assert.Equal(("kb:ismail-ould-cheikh-ahmed", true), (Assert.Single(e.Actors), e.Future));
    }

    [Fact]
    public void The_subjects_of_a_verb_of_making_joined_by_and_each_visit()
    {
        var e = Assert.Single(Events("قام مدير شرطة محافظة الطائف العميد عبدالرحمن الثمالي، ومدير إدارة مرور محافظة الطائف العميد خالد حجري، بزيارة تفقدية لإدارة الدفاع المدني.", "2015-07-31"));
        Assert.Equal(["per:عبدالرحمن الثمالي", "per:خالد حجري"], e.Actors);
    }

    [Fact]
    public void A_reception_that_goes_on_with_the_story_is_by_its_host()
    {
        // «كما استقبل»: the host of the sentence before received the one named; «مدينة الملك عبدالله» names no one received.
        var e = Events("استقبل الرئيس فرانسوا هولاند في مقر إقامته بالرياض وزير المالية إبراهيم العساف. كما استقبل رئيس مدينة الملك عبدالله للطاقة الذرية الدكتور هاشم يماني.", "2015-07-21");
        Assert.Equal("meeting per:هاشم يماني > kb:francois-hollande @- -", Describe(e[^1]));
    }

    [Fact]
    public void An_institution_word_with_a_preposition_names_no_one_after_it()
    {
        var e = Assert.Single(Events("استقبل المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله بن عبدالعزيز الربيعة اليوم بالمركز سفير خادم الحرمين الشريفين لدى اليمن محمد سعيد آل جابر.", "2015-08-10"));
        Assert.Equal(["per:محمد سعيد ال جابر", "per:عبدالله بن عبدالعزيز الربيعه"], e.Actors.Concat(e.Counterparts));
    }

    [Fact]
    public void The_words_an_office_is_of_stand_between_a_verb_and_its_subject() =>
        Assert.Equal("per:عبدالله بن عزيز الحربي",
            Assert.Single(Assert.Single(Events("من جهته، زار رئيس بلدية محافظة شقراء م.عبدالله بن عزيز الحربي، أسرة الجميح بمناسبة العيد.", "2015-07-26")).Actors));

    [Theory]
    [InlineData("ذكرت الصحيفة أن مجموعة من المسؤولين الأمريكيين وصلت إلى كوريا الشمالية الأحد.", "مجموعة من المسؤولين الأمريكيين")]
    [InlineData("وأفادت تقارير بأن قائدا كبيرا في البحرية السعودية زار مدينة عدن الأربعاء.", "قائدا كبيرا في البحرية السعودية")]
    [InlineData("قام وفد من وزارة الخارجية أمس بزيارة لحقل الشيبة النفطي.", "وفد من وزارة الخارجية")]
    [InlineData("ووصل وفد من رجال الأعمال إلى موسكو.", "وفد من رجال الأعمال")]
    public void A_visitor_named_only_as_a_group_is_the_visits_actor(string text, string group)
    {
        var e = Assert.Single(Events(text, "2018-05-27"));
        Assert.Equal((EventType.Visit, group), (e.Type, Assert.Single(e.ActorGroups).Text));
        Assert.Empty(e.Actors);
    }

    [Fact]
    public void A_group_after_a_visitor_is_what_it_visited_and_a_place_after_in_is_where()
    {
        Assert.Equal("الوفد", Assert.Single(Assert.Single(Events("وزار الوفد الحملة في إطار تبادل الخبرات.", "2015-08-07")).ActorGroups).Text);
        Assert.Equal("نظراءه الخليجيين", Assert.Single(Assert.Single(Events("وسيلتقي كيري نظراءه الخليجيين في الدوحة.", "2015-08-01")).Groups).Text);
    }

    [Fact]
    public void A_group_alone_meets_no_other_group()
    {
        Assert.Empty(Events("واجتمع مسؤولون أمريكيون مع مسؤولين روس.", "2018-05-27"));
        var e = Assert.Single(Events("واجتمع الوفد مع الرئيس مون جيه إن في سيول.", "2018-02-25"));
        Assert.Equal(("الوفد", "kb:moon-jae-in"), (Assert.Single(e.ActorGroups).Text, Assert.Single(e.Counterparts)));
    }

    [Fact]
    public void In_a_text_about_sport_a_meeting_noun_is_a_match()
    {
        const string text = "فاز المنتخب في المباراة على الملعب أمام لاعب النادي. وبدأ المدرب ماسيميليانو أليغري اللقاء بإشراك كريستيانو رونالدو أساسيا.";
        Assert.Empty(Events(text, "2018-10-06"));
    }

    [Fact]
    public void A_negation_of_how_long_it_took_does_not_deny_the_meeting() =>
        Assert.False(Assert.Single(Events("لم يستغرق اجتماع وزير الخارجية الأمريكي مايك بومبيو مع الملك سلمان بن عبدالعزيز 15 دقيقة.", "2018-10-16")).Negated);

    [Fact]
    public void Going_to_a_place_no_name_the_text_knows_is_a_visit_and_its_meeting_follows()
    {
        var e = Events("وصل وزير الخارجية الأمريكي، مايك بومبيو، إلى القصر الملكي السعودي، الثلاثاء، للقاء ولي العهد السعودي، الأمير محمد بن سلمان.", "2018-10-16");
        Assert.Equal(["visit kb:mike-pompeo >  @- 2018-10-16", "meeting kb:mike-pompeo > kb:mohammed-bin-salman @- 2018-10-16"], e.Select(Describe));
    }

    [Fact]
    public void A_time_after_the_verb_in_its_clause_dates_it_not_one_before()
    {
        var e = Assert.Single(Events("وبعد الأزمة التي حدثت في نوفمبر زار سعد الحريري الرياض لأول مرة في فبراير.", "2018-02-28"));
        Assert.Equal("2018-02", e.Date?.Value);
    }

    [Fact]
    public void A_meeting_between_him_and_another_is_the_subjects_and_a_planned_one_is_not_dated_by_its_telling()
    {
        var e = Assert.Single(Events("كشف الرئيس الأميركي، دونالد ترامب، الثلاثاء، أن هناك 5 أماكن قيد الدراسة للاجتماع المرتقب بينه وبين الزعيم الكوري الشمالي، كيم جونغ أون.", "2018-04-17"));
        Assert.Equal(("meeting kb:donald-trump > kb:kim-jong-un @- -", true), (Describe(e), e.Future));
    }

    [Fact]
    public void A_group_at_the_very_end_of_a_text_is_read_without_running_past_it() =>
        Assert.Empty(Events("والتقى مسؤولين روس", "2015-07-27"));

    [Theory]
    [InlineData("وألغى الرئيس الأمريكي دونالد ترامب القمة التي جمعت بينه وبين كيم جونغ أون.")]
    [InlineData("وأعلن الكرملين إلغاء زيارة خليفة حفتر إلى موسكو.")]
    public void An_event_called_off_is_negated(string text) =>
        Assert.All(Events(text, "2018-05-24"), e => Assert.True(e.Negated));

    [Theory]
    // One subject of «عقد», with his titles, a place and a time before the noun; the office «رئيس وزراء باكستان» before the one met.
    [InlineData("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا، اليوم الخميس، جلسة مباحثات مع رئيس وزراء باكستان محمد نواز شريف.", "2015-07-24",
        "meeting kb:salman-of-saudi-arabia > per:محمد نواز شريف @- 2015-07-23")]
    [InlineData("وعقد وزير الخارجية خميس الجهيناوي جلسة عمل مع بوريس جونسون.", "2017-05-04", "meeting per:خميس الجهيناوي > kb:boris-johnson @- -")]
    // «جمعه»: he met those after «مع»; the text's actor is who «ه» stands for.
    [InlineData("وصل وزير الدفاع الأمريكي آشتون كارتر اليوم إلى أربيل. وبعد لقاء جمعه أمس مع خالد العبيدي في بغداد، بحثا سبل التعاون.", "2015-07-24",
        "meeting kb:ashton-carter > per:خالد العبيدي @kb:baghdad 2015-07-23")]
    public void The_one_who_holds_a_meeting_meets_those_it_names_with(string text, string published, string expected) =>
        Assert.Contains(expected, Events(text, published).Select(Describe));

    [Fact]
    public void A_verb_after_a_word_of_planning_opening_the_sentence_goes_on_with_the_story()
    {
        var e = Events("وصل وزير الدفاع الأمريكي آشتون كارتر اليوم إلى أربيل. ومن المتوقع أن يلتقي اليوم مع مسعود بارزاني رئيس الإقليم.", "2015-07-24");
        var meeting = Assert.Single(e, m => m.Type == EventType.Meeting);
        Assert.Equal(("meeting kb:ashton-carter > kb:masoud-barzani @- 2015-07-24", true), (Describe(meeting), meeting.Future));
    }

    [Fact]
    public void What_a_pronoun_clause_tells_of_the_one_just_named_takes_no_part_in_the_event() =>
        Assert.DoesNotContain(Events("وصرح بأنه يتطلع إلى لقاء مسعود بارزاني وهو زعيم مخضرم لقوات حاربت صدام حسين.", "2015-07-24"),
            m => m.Counterparts.Concat(m.Actors).Any(k => k.Contains("saddam", StringComparison.Ordinal) || k.Contains("صدام", StringComparison.Ordinal)));

    [Fact]
    public void A_group_met_follows_the_one_who_holds_the_meeting_after_its_noun()
    {
        var e = Assert.Single(Events("وجاء ذلك خلال لقاء عقده الرئيس عبد الفتاح السيسي مع رؤساء كبرى الشركات الصينية.", "2018-09-02"));
        Assert.Equal(("kb:abdel-fattah-el-sisi", "رؤساء كبرى الشركات الصينية"), (Assert.Single(e.Actors), Assert.Single(e.Groups).Text));
    }

    [Theory]
    [InlineData("أجرى بومبيو مباحثات بناءة ومثمرة مع مسؤولين كوريين شماليين.")] // words of what kind the talks were stand before the group
    [InlineData("وقال وزير الخارجية الأمريكي مايك بومبيو إنه أجرى مباحثات مع مسؤولين كوريين شماليين.")] // «إنه»: the one who says holds them
    public void Talks_held_with_a_group_are_a_meeting_of_the_one_who_holds_them(string text)
    {
        var e = Assert.Single(Events(text, "2018-05-09"));
        Assert.Equal(("kb:mike-pompeo", "مسؤولين كوريين شماليين"), (Assert.Single(e.Actors), Assert.Single(e.Groups).Text));
    }

    [Fact]
    public void With_marks_the_one_met_past_an_office_no_one_has_read() =>
        Assert.Equal("meeting kb:salman-of-saudi-arabia > per:محمد نواز شريف @- 2015-07-23", Describe(Assert.Single(Events(
            "عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا، اليوم الخميس، جلسة مباحثات رسمية مع دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف.", "2015-07-24"))));

    [Fact]
    public void A_plural_pronoun_for_no_group_named_is_not_the_visit_of_the_one_the_sentence_is_about() =>
        Assert.DoesNotContain(Events("وأضاف الرئيس دونالد ترامب أنه سيستقبلهم شخصيا عند وصولهم إلى قاعدة أندرو الجوية في واشنطن.", "2018-05-09"), e => e.Type == EventType.Visit);

    [Theory]
    // A word of inviting far before the visit noun invites no one to it.
    [InlineData("جدد وزير الخارجية خميس الجهيناوي، دعوة بريطانيا إلى مراجعة تحذير السفر الموجه إلى مواطنيها الراغبين في زيارة تونس.", "per:خميس الجهيناوي")]
    // The one who sends an invitation «إلى» someone is not who would visit.
    [InlineData("ووجه وزير الخارجية البريطاني بوريس جونسون في هذا المجال دعوة إلى نظيره لزيارة لندن.", "kb:boris-johnson")]
    public void No_one_visits_through_an_invitation_but_the_one_invited(string text, string notVisiting) =>
        Assert.DoesNotContain(Events(text, "2017-05-04"), e => e.Type == EventType.Visit && e.Actors.Contains(notVisiting));

    [Fact]
    public void The_one_invited_after_an_invitation_is_who_would_visit() =>
        Assert.Equal("visit per:خميس الجهيناوي >  @kb:london -", Describe(Assert.Single(Events(
            "ووجه الوزير البريطاني في هذا المجال دعوة إلى وزير الخارجية خميس الجهيناوي لزيارة لندن.", "2017-05-04"), e => e.Type == EventType.Visit)));

    [Theory]
    [InlineData("بعد غياب امتد لـ 8 سنوات كاملة، عاد المطرب كاظم الساهر إلى مصر في زيارة خاطفة.", "visit per:كاظم الساهر >  @kb:egypt -")] // returning on a visit
    [InlineData("تناول الرئيس الأمريكي باراك أوباما طعام العشاء مع الرئيس الكيني أوهورو كينياتا في نيروبي.", "meeting kb:barack-obama > per:اوهورو كينياتا @kb:nairobi -")] // a meal with someone
    public void Returning_on_a_visit_is_one_and_a_meal_together_is_a_meeting(string text, string expected) =>
        Assert.Equal(expected, Describe(Assert.Single(Events(text, "2018-03-17"))));

    [Fact]
    public void A_call_told_between_a_verb_and_its_object_joins_its_subject_and_its_object() =>
        Assert.Equal("call kb:donald-trump > kb:vladimir-putin @- -", Describe(Assert.Single(Events(
            "هنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين على فوزه.", "2018-03-21"))));

    [Theory]
    [InlineData("وزارتها")]
    [InlineData("وزارته")]
    public void His_or_her_ministry_is_no_visit_word(string word) =>
        Assert.Null(Rasd.Analysis.Events.EventLexicon.Default.Triggers.Match(Rasd.Arabic.Tokenizer.Tokenize(Rasd.Arabic.ArabicNormalizer.ToMatchForm(word)), 0, enclitics: true));

    [Fact]
    public void A_verb_after_an_auxiliary_joined_by_and_goes_on_with_the_story() =>
        Assert.Contains("meeting kb:ashton-carter > per:خالد العبيدي @kb:erbil -", Events(
            "وصل وزير الدفاع الأمريكي آشتون كارتر إلى أربيل. وقد التقى بنظيره العراقي خالد العبيدي.", "2015-07-24").Select(Describe));

    [Fact]
    public void A_meeting_between_them_is_of_the_pair_told_just_before() =>
        Assert.Contains("meeting kb:donald-trump > kb:vladimir-putin @- -", Events(
            "هنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين على فوزه. وقال ترامب إنهما اتفقا على إمكانية عقد لقاء قريب بينهما.", "2018-03-21").Select(Describe));

    [Theory]
    // The actor named again later in the sentence does not push the group met past him.
    [InlineData("وصل المشير خليفة حفتر العاصمة الروسية موسكو في زيارة لإجراء مباحثات مع المسؤولين الروس، حيث يسعى حفتر للحصول على مساعدات.", "kb:khalifa-haftar", "المسؤولين الروس")]
    [InlineData("وجاء ذلك في اجتماع رئيس الوزراء العراقي حيدر العبادي مع ضباط وزارة الداخلية.", "kb:haider-al-abadi", "ضباط")] // past the genitive (the ministry after the group is a body of its own)
    public void A_group_met_follows_the_noun_or_the_one_named_right_after_it(string text, string actor, string group)
    {
        var e = Assert.Single(Events(text, "2016-06-27"), m => m.Type == EventType.Meeting);
        Assert.Equal((actor, group), (Assert.Single(e.Actors), Assert.Single(e.Groups).Text));
    }

    [Fact]
    public void The_person_right_after_that_is_the_subject_of_the_verb_after_the_comma_that_closes_what_is_said_of_him() =>
        Assert.Equal(
            ["visit kb:mike-pompeo >  @kb:north-korea -", "meeting kb:mike-pompeo > kb:kim-jong-un @kb:north-korea -"],
            Events("أكدت مصادر أمريكية أن مايك بومبيو مدير الاستخبارات المركزية الأمريكية (CIA) والمرشح لتولي وزارة الخارجية، سافر إلى كوريا الشمالية، حيث عقد اجتماعا سريا مع زعيمها كيم جونغ أون.", "2018-04-18").Select(Describe));

    [Fact]
    public void No_one_after_that_is_the_subject_of_a_verb_no_comma_parts_from_him() =>
        Assert.Empty(Events("يقول ان روزماري ماتت وتم التعرف عليها، حتى اهلها يزورون قبرها اليوم.", "2018-04-19"));

    [Theory]
    [InlineData("وقال المصدر إن بوتين لم يلتق إلا بوزير الخارجية سيرغي لافروف.", false)] // he met only him
    [InlineData("لم يلتق بوتين بحفتر، إلا أن لافروف التقاه.", true)] // «إلا أن» is "but"
    public void An_exception_after_a_negated_event_undoes_the_negation(string text, bool negated) =>
        Assert.Equal(negated, Events(text, "2018-03-11").First(e => e.Actors.Contains("kb:vladimir-putin")).Negated);

    [Fact]
    public void A_meeting_refused_but_on_a_condition_is_hypothetical_and_the_telling_does_not_date_it()
    {
        var e = Assert.Single(Events("وكان البيت الأبيض قال، الجمعة، إن ترامب لن يلتقي بزعيم كوريا الشمالية، إلا إذا اتخذت بيونغ يانغ خطوات ملموسة.", "2018-03-11"));
        Assert.Equal((false, true, null), (e.Negated, e.Hypothetical, e.Date));
    }

    [Theory]
    [InlineData("و صرح مصدر مسؤول بأن ما ذكره الرئيس الفرنسي إيمانويل ماكرون في لقائه مع قناة \"بي إف إم\" التلفزيونية، غير صحيح.")]
    [InlineData("وقال ترامب في لقاء تلفزيوني مع شبكة فوكس نيوز إن الاقتصاد بخير.")]
    public void A_meeting_noun_with_the_press_is_an_interview(string text) =>
        Assert.Empty(Events(text, "2018-05-30"));

    [Fact]
    public void Who_holds_a_meeting_that_gathers_others_meets_them() =>
        Assert.Equal("meeting kb:abdrabbuh-mansur-hadi > kb:ahmed-obaid-bin-daghr+per:حيدر ابوبكر العطاس @- 2015-08-10", Describe(Assert.Single(Events(
            "عقد الرئيس اليمني عبد ربه منصور هادي، أمس، اجتماعاً ضم مستشاريه الدكتور أحمد عبيد بن دغر، والمهندس حيدر أبوبكر العطاس.", "2015-08-11"))));

    [Fact]
    public void A_meeting_that_gathered_him_with_someone_named_behind_b_is_his_meeting_with_them() =>
        Assert.Equal("meeting per:خالد بن بندر > per:هيكو ماس @- -", Describe(Assert.Single(Events(
            "وكشف الوزير خالد بن بندر عن لقاء جمعه بوزير الخارجية الألماني هيكو ماس.", "2018-10-09"))));

    [Fact]
    public void Two_times_offered_as_alternatives_are_one_span_the_event_falls_in()
    {
        const string text = "ويأتي ذلك قبل قمة تاريخية مرتقبة بين الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون، من المتوقع حدوثها في نهاية مايو/ أيار المقبل أو بداية يونيو/ حزيران.";
        var e = Assert.Single(Events(text, "2018-04-18"));
        Assert.Equal("2018-05/2018-06", e.Date?.Value);
        Assert.Equal("نهاية مايو/ أيار المقبل أو بداية يونيو/ حزيران", e.TimeText); // the source's own words
    }

    [Theory]
    [InlineData("وتحدث الرئيس الروسي فلاديمير بوتين هاتفيا مع نظيره التركي رجب طيب أردوغان.", "call kb:vladimir-putin > kb:recep-tayyip-erdogan @- -")] // spoke by phone
    [InlineData("وأجرى رئيس كوريا الجنوبية مون جيه إن والرئيس الأميركي دونالد ترامب اتصالا هاتفيا.", "call kb:moon-jae-in > kb:donald-trump @- -")] // two who held a call
    [InlineData("وأجرى الرئيس الروسي فلاديمير بوتين محادثات هاتفية مع الرئيس الأميركي دونالد ترامب.", "call kb:vladimir-putin > kb:donald-trump @- -")] // talks by phone
    public void Talking_by_phone_is_a_call(string text, string expected) =>
        Assert.Equal(expected, Describe(Assert.Single(Events(text, "2018-05-21"))));

    [Fact]
    public void Speaking_with_someone_is_no_call_unless_by_phone() =>
        Assert.Empty(Events("وتحدث بوتين الأحد مع الصحفيين عن أردوغان.", "2018-05-21"));

    [Theory]
    [InlineData("أبدى الزعيم الكوري الشمالي كيم جونغ أون، الجمعة، استعداده لزيارة موسكو، في أي وقت.", "visit kb:kim-jong-un >  @kb:moscow -")] // the telling's day is not the visit's
    [InlineData("وأكد الرئيس الروسي فلاديمير بوتين رغبته في زيارة القاهرة.", "visit kb:vladimir-putin >  @kb:cairo -")]
    [InlineData("من جانبها أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها زيارة طهران.", "visit per:فدريكا موغريني >  @kb:tehran -")] // the person named last before it
    public void A_visit_someone_says_he_intends_is_his_and_to_come(string text, string expected)
    {
        var e = Assert.Single(Events(text, "2018-04-27"));
        Assert.Equal((expected, true), (Describe(e), e.Future));
    }

    [Fact]
    public void His_own_visit_of_a_kind_of_place_goes_where_that_place_stands() =>
        Assert.Contains("visit kb:abdel-fattah-el-sisi >  @kb:beijing -", Events(
            "وقال السيسي خلال زيارته أكاديمية الحزب الشيوعي الصيني في العاصمة الصينية بكين إن مصر تسعى للتعاون.", "2018-09-03").Select(Describe));

    [Fact]
    public void A_person_a_body_is_named_after_is_no_one_a_pronoun_stands_for() =>
        Assert.DoesNotContain(Events("وأشاد الوزير خلال زيارته مستشفى الملك فهد في جدة بالخدمات.", "2018-09-03"), e => e.Actors.Contains("per:فهد"));

    [Fact]
    public void A_summit_of_two_people_joined_by_and_is_their_meeting() =>
        Assert.Equal("meeting kb:vladimir-putin > kb:donald-trump @kb:helsinki -", Describe(Assert.Single(Events(
            "وتحدث المحللون عن قمة بوتين وترامب في هلسنكي.", "2018-07-10"))));

    [Fact]
    public void Min_qabl_names_who_received_and_says_no_time() =>
        Assert.Equal("meeting kb:emmanuel-macron > kb:beji-caid-essebsi @- -", Describe(Assert.Single(Events(
            "وتم استقبال ماكرون من قبل السبسي بحفاوة.", "2017-02-15"))));

    [Fact]
    public void A_journey_after_before_that_goes_on_with_the_clause_s_subject_and_places_no_meeting_told_before_it() =>
        Assert.Equal(
            ["meeting kb:vladimir-putin > kb:recep-tayyip-erdogan @- -", "visit kb:vladimir-putin >  @kb:tehran -"],
            Events("والتقى الرئيس الروسي فلاديمير بوتين في منتدى اقتصادي كبير بالرئيس التركي رجب طيب أردوغان قبل أن يتوجه إلى طهران.", "2018-09-06").Select(Describe));

    [Fact]
    public void A_meeting_noun_joined_to_a_planned_visit_said_of_himself_is_his_planned_meeting()
    {
        var e = Events("وقال الرئيس السوري بشار الأسد إنه يعتزم زيارة بيونغ يانغ ولقاء الزعيم كيم جونغ أون.", "2018-06-03");
        Assert.Equal(["visit kb:bashar-al-assad >  @kb:pyongyang -", "meeting kb:bashar-al-assad > kb:kim-jong-un @kb:pyongyang -"], e.Select(Describe));
        Assert.All(e, x => Assert.True(x.Future));
    }

    [Fact]
    public void A_meeting_noun_joined_to_another_event_with_its_own_parties_is_theirs() =>
        Assert.Contains("meeting kb:fayez-al-sarraj > kb:emmanuel-macron @- -", Events("وبحث الاجتماع زيارة حفتر لموسكو ولقاء السراج بماكرون.", "2018-06-03").Select(Describe));

    [Fact]
    public void A_gentilic_in_the_plural_with_the_article_is_a_group_of_its_people()
    {
        var e = Assert.Single(Events("وقال بومبيو إنه أجرى مباحثات بناءة ومثمرة مع الكوريين الشماليين.", "2018-05-10"), m => m.Type == EventType.Meeting);
        Assert.Equal(("kb:mike-pompeo", "الكوريين الشماليين"), (Assert.Single(e.Actors), Assert.Single(e.Groups).Text));
    }

    [Fact]
    public void A_reception_noun_with_a_pronoun_before_min_qabl_receives_the_one_the_pronoun_stands_for()
    {
        Assert.Contains("meeting kb:emmanuel-macron > per:محمد سمشه @loc:سبيطله -",
            Events("زار ماكرون مدينة سبيطلة اين وقع استقباله من طرف الوالي محمد سمشة.", "2017-02-15").Select(Describe));
        var group = Assert.Single(Events("يؤدي وفد فرنسي من ولاية ارليس منذ يوم امس الثلاثاء، زيارة الى مدينة سبيطلة اين وقع استقبالهم من طرف اعضاء النيابة الخصوصية.", "2017-02-15"),
            e => e.Type == EventType.Meeting);
        Assert.Equal(("وفد فرنسي من ولاية", "اعضاء النيابة الخصوصية"), (Assert.Single(group.ActorGroups).Text, Assert.Single(group.Groups).Text));
    }

    [Fact]
    public void A_verb_in_the_first_person_in_the_words_of_a_statement_is_the_speaker_s()
    {
        var e = Events("وأعلن الرئيس الروسي فلاديمير بوتين أن الرئيس السوري بشار الأسد قال: \"سأتوجه إلى كوريا الشمالية قريبا\".", "2018-06-03");
        Assert.Equal("visit kb:bashar-al-assad >  @kb:north-korea -", Describe(Assert.Single(e)));
        Assert.True(e[0].Future);
    }

    [Fact]
    public void A_time_before_qabl_an_dates_what_is_told_before_it_not_the_verb_after() =>
        Assert.Contains("visit kb:barack-obama >  @kb:ethiopia -", Events(
            "وهبطت طائرة الرئاسة مساء الجمعة في العاصمة الكينية نيروبي حيث سيشارك أوباما في رئاسة مؤتمر عن ريادة الأعمال قبل أن يسافر إلى اثيوبيا.", "2015-07-25").Select(Describe));

    [Fact]
    public void An_inspection_is_a_visit_where_it_is_written_and_a_currency_that_loses_value_is_none()
    {
        Assert.Equal("visit kb:abdel-fattah-el-sisi >  @kb:ismailia 2015-08-09",
            Describe(Assert.Single(Events("تفقد الرئيس المصري عبد الفتاح السيسي أمس قناة السويس في الإسماعيلية.", "2015-08-10"))));
        Assert.Empty(Events("تفقد الليرة التركية قيمتها أمام الدولار في أنقرة.", "2015-08-10"));
        // What was inspected needs no name the text knows: the inspection is a visit all the same.
        Assert.Equal("visit per:ناصر الدويسي >  @- -", Describe(Assert.Single(Events("وتفقد اللواء ناصر الدويسي المواقع الامنية بالمحافظة.", "2015-07-26"))));
    }

    [Theory]
    [InlineData("قال المجلس إن فيديريكا موغيريني، منسقة السياسة الخارجية، ستلتقي رئيس الوزراء التونسي.")]
    [InlineData("قال المجلس إن فيديريكا موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي، ستجري محادثات مع رئيس الوزراء التونسي.")]
    public void A_subject_set_off_by_commas_after_that_meets_the_one_after_the_verb(string text)
    {
        var e = Assert.Single(Events(text, "2015-07-21"));
        Assert.Equal(["kb:federica-mogherini"], e.Actors);
        Assert.Contains("رئيس الوزراء@tunisia", Assert.Single(e.Counterparts), StringComparison.Ordinal);
        Assert.True(e.Future);
    }

    [Fact]
    public void A_pronoun_in_what_is_said_goes_to_the_person_after_that_not_to_the_speaker() =>
        Assert.Equal("visit per:حزران >  @kb:tel-aviv 2015-07-12", Describe(Assert.Single(Events(
            "وأعلن جهاز الأمن الداخلي الإسرائيلي (شين بيت) في بيان إن المشتبه به خليل حزران اعتقل في 12 يوليو (تموز)، بعد وصوله إلى تل أبيب.", "2015-08-09"))));

    [Fact]
    public void Residents_and_well_wishers_are_groups_met_and_a_pronoun_on_during_leaves_room_for_them()
    {
        var met = Events("قام الأمير خالد بن طلال بن عبدالعزيز بزيارة لدار الرعاية في الرياض التقى خلالها نزلاء الدار.", "2015-07-21").Single(e => e.Type == EventType.Meeting);
        Assert.Equal("نزلاء الدار", Assert.Single(met.Groups).Text);
        var received = Assert.Single(Events("فيما استقبل أمين العاصمة المقدسة الدكتور أسامة البار أمس المهنئين بعيد الفطر.", "2015-07-23"));
        Assert.Equal("المهنئين", Assert.Single(received.ActorGroups).Text);
    }

    [Theory]
    [InlineData("وفي غضون ذلك يصل السودان الأحد المقبل وفد من وزارة النقل المصرية في رحلة برية.", "kb:sudan")]
    [InlineData("وفي غضون ذلك، يصل إلى الخرطوم الأحد وفد من وزارة النقل المصرية.", "kb:khartoum")]
    public void A_delegation_after_where_and_when_it_arrives_is_the_visitor(string text, string place)
    {
        var visit = Assert.Single(Events(text, "2015-07-24"));
        Assert.Equal(("وفد من وزارة النقل المصرية", place), (Assert.Single(visit.ActorGroups).Text, visit.Place));
    }

    [Fact]
    public void A_name_opening_with_a_word_for_a_kind_of_place_is_no_visitor() =>
        Assert.DoesNotContain(Events("وقد زار الفريق مقر المشروع وناقش مع المقاول المنفذ جميع الأمور.", "2015-08-02"), e => e.Actors.Contains("per:مقر المشروع"));

    [Fact]
    public void Fighters_are_a_group_one_meets() =>
        Assert.StartsWith("عدد من مسلحي الحركة", Assert.Single(Assert.Single(Events("كما التقى وزير الداخلية الأفغاني بعدد من مسلحي الحركة في العاصمة.", "2018-06-16")).Groups).Text, StringComparison.Ordinal);

    [Fact]
    public void A_group_with_where_it_is_before_the_verb_is_its_subject()
    {
        var visit = Assert.Single(Events("وأعلنت روسيا أن فريقا من مفتشي الأسلحة الكيمياوية في سوريا سيزور موقع الهجوم في دوما الأربعاء.", "2018-04-17"), e => e.Type == EventType.Visit);
        Assert.Equal("فريقا من مفتشي الأسلحة الكيمياوية", Assert.Single(visit.ActorGroups).Text);
    }

    [Fact]
    public void To_discuss_with_someone_on_a_visit_is_meeting_him() =>
        Assert.Contains("meeting kb:adel-al-jubeir > kb:sergei-lavrov @kb:moscow -",
            Events("وصل الوزير عادل الجبير إلى موسكو لمناقشة الأزمة السورية مع نظيره الروسي سيرغي لافروف.", "2015-08-10").Select(Describe));

    [Theory]
    [InlineData("أعلنت البعثة الكويتية لدى الأمم المتحدة الاثنين أنها دعت إلى اجتماع طارئ لمجلس الأمن الدولي لبحث الوضع.")]
    [InlineData("فاجأت كارين كنايسل، وزيرة خارجية النمسا، الحضور في اجتماع الجمعية العامة للأمم المتحدة بدون سابق إنذار.")]
    public void A_body_sitting_by_itself_is_no_meeting(string text) =>
        Assert.DoesNotContain(Events(text, "2018-05-14"), e => e.Type == EventType.Meeting);

    [Fact]
    public void A_body_met_through_bi_or_with_is_still_met() =>
        Assert.Contains(Events("وحضر الوزير اجتماع مجلس الأمن مع الرئيس الفلسطيني محمود عباس.", "2018-05-14"), e => e.Type == EventType.Meeting && e.Counterparts.Contains("kb:mahmoud-abbas"));

    [Fact]
    public void A_singular_pronoun_stands_for_a_delegation_named_just_before()
    {
        var visit = Assert.Single(Events("وحسب مصادر صحافية محلية فإن الوفد المصري سيكمل رحلته إلى العاصمة الإثيوبية أديس أبابا.", "2015-07-24"));
        Assert.Equal(("الوفد المصري", "kb:addis-ababa"), (Assert.Single(visit.ActorGroups).Text, visit.Place));
        Assert.Empty(visit.Actors);
    }

    [Fact]
    public void To_begin_a_visit_is_to_make_it_and_the_continent_is_where_it_goes() =>
        Assert.Equal("visit kb:melania-trump >  @kb:africa -", Describe(Assert.Single(Events(
            "تبدأ ميلانيا ترامب، قرينة الرئيس الأمريكي، زيارة إلى القارة الأفريقية تشمل دول عدة من بينها مصر.", "2018-10-03"))));

    [Fact]
    public void During_it_with_a_pronoun_leaves_the_places_visited_right_after_the_verb() =>
        Assert.Equal(["kb:chad", "kb:djibouti"], Events("ووصف محللون جولة تيلرسون الإفريقية الأولى التي سيزور خلالها أيضا تشاد وجيبوتي بأنها محاولة.", "2018-03-08")
            .Where(e => e.TriggerText == "سيزور").Select(e => e.Place!));

    [Fact]
    public void Phone_calls_in_the_plural_are_calls_with_each_one_named() =>
        Assert.Contains("call kb:benjamin-netanyahu > kb:vladimir-putin @- 2018-04-30",
            Events("وبعد عرضه لـ\"الدليل\" الاثنين، أجرى نتانياهو مكالمات هاتفية بقادة العالم بينهم بوتين.", "2018-05-05").Select(Describe));

    [Fact]
    public void A_visit_begun_in_a_relative_clause_is_the_one_the_clause_follows() =>
        Assert.Equal("visit kb:mohammad-javad-zarif >  @kb:brazil 2018-04-10", Describe(Assert.Single(Events(
            "من جهة ثانية نقلت إرنا عن وزير الخارجية الإيراني محمد جواد ظريف، الذي بدأ الثلاثاء زيارة رسمية إلى البرازيل، قوله إن", "2018-04-11"),
            e => e.Type == EventType.Visit)));
}
