namespace PerfRules.Results;

/// <summary>The language a note or label is rendered in. Chinese is the default: it is the language of the reports.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (中文), the language the evaluation reports are written in.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
