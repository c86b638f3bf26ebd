using System.Globalization;
using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// Splits a formula into tokens. Keywords are case-insensitive (<c>and</c>, <c>AND</c>); names of fact types and fields
/// are not. Characters an analyst's Chinese input method produces by mistake (full-width brackets, curly quotes) get a
/// hint naming the ASCII character to use instead.
/// </summary>
internal sealed class Lexer
{
    // A short array and a switch rather than dictionaries: the lexer's tables are built in every process that loads a
    // document, and dictionaries keyed or valued by value types are compiled anew there, which costs more than the
    // seven comparisons a word takes.
    private static readonly (string Word, TokenKind Kind)[] Keywords =
    [
        ("and", TokenKind.And),
        ("or", TokenKind.Or),
        ("not", TokenKind.Not),
        ("where", TokenKind.Where),
        ("true", TokenKind.True),
        ("false", TokenKind.False),
        ("null", TokenKind.Null),
    ];

    private readonly string _text;
    private int _position;

    private Lexer(string text) => _text = text;

    /// <summary>Whether a word is reserved, so that a schema cannot name a fact type or field after it.</summary>
    public static bool IsKeyword(string word) => TryKeyword(word, out _);

    private static bool TryKeyword(string word, out TokenKind kind)
    {
        foreach (var keyword in Keywords)
        {
            if (string.Equals(word, keyword.Word, StringComparison.OrdinalIgnoreCase))
            {
                kind = keyword.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The ASCII for a character an analyst's Chinese input method produces by mistake, or null.</summary>
    private static string? AsciiFor(char c) => c switch
    {
        '（' => "(", '）' => ")", '，' => ",", '“' or '”' => "\"", '‘' or '’' => "'",
        '＋' => "+", '－' => "-", '＊' or '×' => "*", '／' or '÷' => "/", '＜' => "<", '＞' => ">",
        '＝' => "==", '≤' => "<=", '≥' => ">=", '≠' => "!=", '％' => "%", '．' or '。' => ".", '！' => "not",
        _ => null,
    };

    /// <summary>The tokens of <paramref name="text"/>, ending with <see cref="TokenKind.End"/>.</summary>
    /// <exception cref="SyntaxErrorException">A character or literal is malformed.</exception>
    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next(tokens.Count == 0 ? null : tokens[^1]);
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);

        return tokens;
    }

    private Token Next(Token? previous)
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position >= _text.Length)
        {
            return new Token(TokenKind.End, _text.Length, 0, "");
        }

        var start = _position;
        var c = _text[_position];
        if (char.IsAsciiDigit(c))
        {
            return LexNumber(start);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
            {
                _position++;
            }

            var word = _text[start.._position];
            return TryKeyword(word, out var keyword)
                ? new Token(keyword, start, word.Length, word.ToLowerInvariant())
                : new Token(TokenKind.Identifier, start, word.Length, word, word);
        }

        if (c is '"' or '\'')
        {
            return LexString(start, c);
        }

        var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
        switch (c)
        {
            case '+': return Single(TokenKind.Plus);
            case '-': return Single(TokenKind.Minus);
            case '*': return Single(TokenKind.Star);
            case '/': return Single(TokenKind.Slash);
            case '%': return Single(TokenKind.Percent);
            case '(': return Single(TokenKind.OpenParen);
            case ')': return Single(TokenKind.CloseParen);
            case ',': return Single(TokenKind.Comma);
            case '.' when char.IsAsciiDigit(next) && previous?.Kind is not (TokenKind.Identifier or TokenKind.CloseParen):
                throw Error(start, 1, $"数字不能以小数点开头：请写成0{ReadDigitsAfter(start)}", $"a number cannot start with a decimal point: write 0{ReadDigitsAfter(start)}");
            case '.': return Single(TokenKind.Dot);
            case '=' when next == '=': return Double(TokenKind.Equal);
            case '=': throw Error(start, 1, "“=”不是运算符：比较相等请用“==”", "'=' is not an operator: compare with '=='");
            case '!' when next == '=': return Double(TokenKind.NotEqual);
            case '!': throw Error(start, 1, "“!”不是运算符：取反请用not", "'!' is not an operator: negate with 'not'");
            case '<' when next == '=': return Double(TokenKind.LessOrEqual);
            case '<' when next == '>': throw Error(start, 2, "“<>”不是运算符：不等请用“!=”", "'<>' is not an operator: use '!='");
            case '<': return Single(TokenKind.Less);
            case '>' when next == '=': return Double(TokenKind.GreaterOrEqual);
            case '>': return Single(TokenKind.Greater);
            case '&': throw Error(start, next == '&' ? 2 : 1, "“&”不是运算符：并且请用and", "'&' is not an operator: use 'and'");
            case '|': throw Error(start, next == '|' ? 2 : 1, "“|”不是运算符：或者请用or", "'|' is not an operator: use 'or'");
        }

        if (AsciiFor(c) is { } ascii)
        {
            throw Error(start, 1, $"不能识别的全角字符“{c}”：请改用半角的“{ascii}”", $"unexpected character '{c}': use the ASCII '{ascii}' instead");
        }

        if (char.IsLetter(c))
        {
            throw Error(start, 1,
                $"不能识别的字符“{c}”：事实类型和字段的名称用英文字母书写，如BudgetExecution.ActualExpenditure；中文文字请放在引号内",
                $"unexpected character '{c}': fact types and fields are named in English letters, e.g. BudgetExecution.ActualExpenditure; put other text in quotes");
        }

        throw Error(start, 1,
            $"不能识别的字符“{c}”：应为数字、名称、带引号的字符串、运算符或括号",
            $"unexpected character '{c}': expected a number, a name, a quoted string, an operator or a parenthesis");
    }

    private string ReadDigitsAfter(int dot)
    {
        var end = dot + 1;
        while (end < _text.Length && char.IsAsciiDigit(_text[end]))
        {
            end++;
        }

        return _text[dot..end];
    }

    private Token LexNumber(int start)
    {
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            if (_position >= _text.Length || !char.IsAsciiDigit(_text[_position]))
            {
                var written = _text[start.._position];
                throw Error(start, _position - start, $"小数点后应有数字，如{written}0", $"expected digits after the decimal point, as in {written}0");
            }

            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }
        }

        var text = _text[start.._position];
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(start, text.Length, $"数字{text}太大", $"the number {text} is too large");
        }

        return new Token(TokenKind.Number, start, text.Length, text, text, value);
    }

    private Token LexString(int start, char quote)
    {
        _position++;
        var value = new System.Text.StringBuilder();
        while (_position < _text.Length && _text[_position] != quote)
        {
            var c = _text[_position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                var escaped = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
                if (escaped is not ('"' or '\'' or '\\'))
                {
                    throw Error(_position, 2, "字符串中的“\\”只能用于\\\"、\\'和\\\\", "in a string, '\\' may only be followed by \", ' or \\");
                }

                value.Append(escaped);
                _position += 2;
                continue;
            }

            value.Append(c);
            _position++;
        }

        if (_position >= _text.Length || _text[_position] != quote)
        {
            throw Error(start, 1, $"字符串缺少结尾的引号{quote}", $"unterminated string: the closing {quote} is missing");
        }

        _position++;
        return new Token(TokenKind.String, start, _position - start, _text[start.._position], value.ToString());
    }

    private Token Single(TokenKind kind)
    {
        var token = new Token(kind, _position, 1, _text.Substring(_position, 1));
        _position++;
        return token;
    }

    private Token Double(TokenKind kind)
    {
        var token = new Token(kind, _position, 2, _text.Substring(_position, 2));
        _position += 2;
        return token;
    }

    private SyntaxErrorException Error(int position, int length, string chinese, string english) =>
        new(new FormulaError(FormulaErrorKind.Syntax, _text, position, length, new LocalizedText(chinese, english)));
}
