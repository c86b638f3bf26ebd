using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed partial class LocalizedTextTest
{
    [Fact]
    public void Chinese_is_the_default_language()
    {
        var text = new LocalizedText("支出完成率", "expenditure completion rate");
        Assert.Equal("支出完成率", text.Get());
        Assert.Equal("支出完成率", text.ToString());
        Assert.Equal("expenditure completion rate", text.Get(Language.English));
    }

    [Fact]
    public void Text_without_English_falls_back_to_Chinese()
    {
        Assert.Equal("社会效益指标均未设置", new LocalizedText("社会效益指标均未设置").Get(Language.English));
    }

    [Fact]
    public void Chinese_text_is_required()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText(" ", "blank"));
    }

    [Fact]
    public void Texts_compare_by_value()
    {
        Assert.Equal(new LocalizedText("扣3分", "3 points deducted"), new LocalizedText("扣3分", "3 points deducted"));
    }
}
