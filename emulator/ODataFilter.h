#pragma once
#include <QJsonObject>
#include <QString>
#include <functional>

namespace emu {

// A small OData $filter evaluator for list endpoints: comparisons `eq`/`ne` between fields and
// literals, `contains`/`startswith`/`endswith`, `tolower`/`toupper`, `and`/`or`/`not`, parentheses.
// Fields are looked up in the item's wire JSON (e.g. name, displayName, id, isOnDedicatedCapacity).
// Assumption (docs/powerbi-rest/API-NOTES.md §2): comparisons are case-sensitive like OData; callers use
// tolower() for case-insensitive matches.
// Hostile input: an expression longer than MaxLength characters or nested deeper than MaxDepth
// (parentheses, not, function calls) is refused as a syntax error (the caller answers 400); a chain of
// `and`/`or` is one flat list, so parsing and matching cost time linear in its length and no stack.
class ODataFilter
{
public:
    using Predicate = std::function<bool(const QJsonObject &)>;
    static constexpr int MaxLength = 4096;
    static constexpr int MaxDepth = 32;

    // Returns false (and *error) on a syntax error. An empty expression matches everything.
    bool parse(const QString &expression, QString *error);
    bool matches(const QJsonObject &item) const;

private:
    using Value = std::function<QJsonValue(const QJsonObject &)>;
    struct Token
    {
        enum Kind { Ident, String, Number, LParen, RParen, Comma, End } kind;
        QString text;
    };

    bool tokenize(const QString &s, QString *error);
    const Token &peek() const { return m_tokens[m_pos]; }
    bool acceptWord(const char *word);
    bool enter(QString *error); // one level deeper; false (and *error) beyond MaxDepth
    Predicate parseChain(const char *word, Predicate (ODataFilter::*operand)(QString *), QString *error);
    bool expect(Token::Kind kind, QString *error);
    Predicate parseOr(QString *error);
    Predicate parseAnd(QString *error);
    Predicate parseUnary(QString *error);
    Predicate parsePrimary(QString *error);
    Value parseValue(QString *error);

    QVector<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    Predicate m_predicate;
};

} // namespace emu
