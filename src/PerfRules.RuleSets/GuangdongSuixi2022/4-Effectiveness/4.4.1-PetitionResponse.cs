using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.4.1 群众信访办理情况 (petition handling), 2 points: convenient channels and a reply mechanism → 1; every petition
/// answered within its time limit → 1, otherwise in proportion (answered in time / received).
/// </summary>
/// <remarks>
/// Fact: one <see cref="PetitionHandling"/>. 12345 hotline tickets count as 群众意见 alongside petition cases: the
/// proportion is (cases answered in time + tickets closed on time) / (cases + tickets). Nothing received gives the
/// point: nothing was answered late. The score is rounded once.
/// </remarks>
public sealed class PetitionResponse : IndicatorRule
{
    // "1. 设置了便利的群众意见反映渠道和群众意见办理回复机制的，得1分； 2. 当年度所有群众信访意见均在规定的时限内有回复，得1分，否则按比例扣分".
    private const decimal PartPoints = 1m;

    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText NoChannels = new("未设置便利的群众意见反映渠道和办理回复机制，不得分", "no convenient channels or reply mechanism, scores 0");
    private static readonly LocalizedText NoChannelsReason = new("未设置便利的群众意见反映渠道和办理回复机制", "no convenient channels or reply mechanism");
    private static readonly LocalizedText ChannelsLabel = new("群众意见反映渠道和办理回复机制", "channels and reply mechanism");
    private static readonly LocalizedText NoneLate = new("无逾期回复", "none answered late");
    private static readonly LocalizedText AnsweredInTimeLabel = new("按时办结信访案件数", "cases answered in time");
    private static readonly LocalizedText CasesLabel = new("信访案件数", "petition cases");
    private static readonly LocalizedText RateName = new("按时回复率", "on-time reply rate");
    private static readonly LocalizedText TicketsClosedLabel = new("按期办结热线工单数", "hotline tickets closed on time");
    private static readonly LocalizedText TicketsLabel = new("热线工单数", "hotline tickets");

    private static readonly LocalizedText ChannelsInPlace = new(
        $"设置了便利的群众意见反映渠道和办理回复机制，{ReportFormat.Awarded(PartPoints).Chinese}", $"channels and a reply mechanism in place, {ReportFormat.Awarded(PartPoints).English}");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.4.1",
        new LocalizedText("群众信访办理情况", "Petition handling"),
        2m,
        new LocalizedText(
            "1. 设置了便利的群众意见反映渠道和群众意见办理回复机制的，得1分； 2. 当年度所有群众信访意见均在规定的时限内有回复，得1分，否则按比例扣分。",
            "1. Convenient channels for public opinion and a mechanism to handle and answer it: 1; 2. every petition of the year answered within its time limit: 1, otherwise deducted in proportion."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<PetitionHandling> handling = null!;
        When()
            .Collect(() => handling);
        Then()
            .Yield(_ => FromSingle(handling, Score));
    }

    private IndicatorResult Score(PetitionHandling handling)
    {
        var deductions = new List<Deduction>();
        var channels = handling.HasChannels
            ? ChannelsInPlace
            : NoChannels;
        if (!handling.HasChannels)
        {
            deductions.Add(Deduction.Computed(PartPoints, Name, Notes.Join(NoChannelsReason, ReportFormat.Deducted(PartPoints)),
                ScoringInput.OfText(ChannelsLabel, "未设置", nameof(PetitionHandling), nameof(PetitionHandling.HasChannels))));
        }

        var (replies, repliesPoints, metric) = Replies(handling);
        var raw = (handling.HasChannels ? PartPoints : 0m) + repliesPoints;
        // At most the channels' deduction precedes this one.
        var lostOnReplies = Weight - ScoreRounding.Round(raw) - (deductions.Count == 0 ? 0m : 0m + deductions[0].Points);
        if (lostOnReplies > 0m)
        {
            deductions.Add(Deduction.Computed(lostOnReplies, Name, Notes.Join(replies, ReportFormat.Deducted(lostOnReplies)), metric!.Inputs));
        }

        var repliesNote = Notes.Join(replies, ReportFormat.Awarded(repliesPoints));
        return Scored(raw, Notes.Numbered(channels, repliesNote), metric, deductions: deductions);
    }

    // The same in every evaluation, so built once.
    private static readonly Proportional RepliesScoring = new(PartPoints, ExcessPolicy.CapAtFull);

    private static (LocalizedText Statement, decimal Points, MetricValue? Metric) Replies(PetitionHandling handling)
    {
        var received = handling.Cases + (handling.HotlineTickets ?? 0);
        var cases = LocalizedText.WithEnglishOnRead(
            $"收到信访案件{handling.Cases}件，在规定期限内办结{handling.AnsweredInTime}件",
            handling,
            static h => $"{h.Cases} petition cases, {h.AnsweredInTime} answered in time");
        var tickets = handling.HotlineTickets is { } count
            ? LocalizedText.WithEnglishOnRead(
                $"收到12345市民热线工单{count}件，按期办结{handling.HotlineAnsweredInTime}件", handling, static h => $"{h.HotlineTickets} hotline tickets, {h.HotlineAnsweredInTime} closed on time")
            : null;
        var facts = tickets is null ? cases : Notes.Join(cases, tickets);
        if (received == 0)
        {
            return (Notes.Join(facts, NoneLate), PartPoints, null);
        }

        var caseInputs = new[]
        {
            ScoringInput.Of(AnsweredInTimeLabel, handling.AnsweredInTime, ValueUnit.Cases, nameof(PetitionHandling), nameof(PetitionHandling.AnsweredInTime)),
            ScoringInput.Of(CasesLabel, handling.Cases, ValueUnit.Cases, nameof(PetitionHandling), nameof(PetitionHandling.Cases)),
        };
        var answered = handling.AnsweredInTime + (handling.HotlineAnsweredInTime ?? 0);
        var metric = handling.HotlineTickets is { } ticketCount
            ? new MetricValue(
                RateName,
                "({0}+{2})/({1}+{3})",
                Ratio.Of(answered, received, "按时回复率 (on-time reply rate)"),
                ValueUnit.Percent,
                caseInputs[0],
                caseInputs[1],
                ScoringInput.Of(TicketsClosedLabel, handling.HotlineAnsweredInTime!.Value, ValueUnit.Cases, nameof(PetitionHandling), nameof(PetitionHandling.HotlineAnsweredInTime)),
                ScoringInput.Of(TicketsLabel, ticketCount, ValueUnit.Cases, nameof(PetitionHandling), nameof(PetitionHandling.HotlineTickets)))
            : new MetricValue(
                RateName,
                "{0}/{1}",
                Ratio.Of(answered, received, "按时回复率 (on-time reply rate)"),
                ValueUnit.Percent,
                caseInputs);
        var points = RepliesScoring.Apply(answered, received).UnroundedScore;
        return (Notes.Join(facts, Notes.Computation(metric)), points, metric);
    }
}
