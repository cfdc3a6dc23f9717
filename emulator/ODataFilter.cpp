#include "ODataFilter.h"

#include <QJsonValue>

namespace emu {

namespace {
QString asString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

bool valuesEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || a.isUndefined() || b.isNull() || b.isUndefined())
        return (a.isNull() || a.isUndefined()) && (b.isNull() || b.isUndefined());
    if (a.isString() && b.isString())
        return a.toString() == b.toString();
    return asString(a) == asString(b);
}
} // namespace

bool ODataFilter::tokenize(const QString &s, QString *error)
{
    m_tokens.clear();
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            m_tokens.append({Token::LParen, QStringLiteral("(")});
            ++i;
        } else if (c == QLatin1Char(')')) {
            m_tokens.append({Token::RParen, QStringLiteral(")")});
            ++i;
        } else if (c == QLatin1Char(',')) {
            m_tokens.append({Token::Comma, QStringLiteral(",")});
            ++i;
        } else if (c == QLatin1Char('\'')) {
            QString text;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\'')) {
                        text += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                text += s.at(i++);
            }
            if (!closed) {
                *error = QStringLiteral("unterminated string literal");
                return false;
            }
            m_tokens.append({Token::String, text});
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int j = i + 1;
            while (j < s.size() && (s.at(j).isDigit() || s.at(j) == QLatin1Char('.')))
                ++j;
            m_tokens.append({Token::Number, s.mid(i, j - i)});
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('@')) {
            int j = i + 1;
            while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_') ||
                                    s.at(j) == QLatin1Char('/') || s.at(j) == QLatin1Char('.')))
                ++j;
            m_tokens.append({Token::Ident, s.mid(i, j - i)});
            i = j;
        } else {
            *error = QStringLiteral("unexpected character '%1'").arg(c);
            return false;
        }
    }
    m_tokens.append({Token::End, QString()});
    return true;
}

bool ODataFilter::acceptWord(const char *word)
{
    if (peek().kind == Token::Ident && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
        ++m_pos;
        return true;
    }
    return false;
}

bool ODataFilter::expect(Token::Kind kind, QString *error)
{
    if (peek().kind != kind) {
        *error = QStringLiteral("unexpected '%1'").arg(peek().text);
        return false;
    }
    ++m_pos;
    return true;
}

bool ODataFilter::enter(QString *error)
{
    if (++m_depth <= MaxDepth)
        return true;
    *error = QStringLiteral("the expression is nested more than %1 levels deep").arg(MaxDepth);
    return false;
}

bool ODataFilter::parse(const QString &expression, QString *error)
{
    m_pos = 0;
    m_depth = 0;
    m_predicate = nullptr;
    if (expression.trimmed().isEmpty())
        return true;
    if (expression.size() > MaxLength) {
        *error = QStringLiteral("the expression is longer than %1 characters").arg(MaxLength);
        return false;
    }
    if (!tokenize(expression, error))
        return false;
    Predicate p = parseOr(error);
    if (!p)
        return false;
    if (peek().kind != Token::End) {
        *error = QStringLiteral("unexpected '%1'").arg(peek().text);
        return false;
    }
    m_predicate = p;
    return true;
}

bool ODataFilter::matches(const QJsonObject &item) const
{
    return !m_predicate || m_predicate(item);
}

// operand (word operand)*: one flat list, matched left to right with short-circuit.
ODataFilter::Predicate ODataFilter::parseChain(const char *word, Predicate (ODataFilter::*operand)(QString *),
                                               QString *error)
{
    QVector<Predicate> terms;
    do {
        Predicate term = (this->*operand)(error);
        if (!term)
            return nullptr;
        terms.append(std::move(term));
    } while (acceptWord(word));
    if (terms.size() == 1)
        return terms.first();
    const bool any = qstrcmp(word, "or") == 0;
    return [terms = std::move(terms), any](const QJsonObject &o) {
        for (const Predicate &t : terms) {
            if (t(o) == any)
                return any;
        }
        return !any;
    };
}

ODataFilter::Predicate ODataFilter::parseOr(QString *error)
{
    return parseChain("or", &ODataFilter::parseAnd, error);
}

ODataFilter::Predicate ODataFilter::parseAnd(QString *error)
{
    return parseChain("and", &ODataFilter::parseUnary, error);
}

ODataFilter::Predicate ODataFilter::parseUnary(QString *error)
{
    if (acceptWord("not")) {
        if (!enter(error))
            return nullptr;
        Predicate inner = parseUnary(error);
        --m_depth;
        if (!inner)
            return nullptr;
        return [inner](const QJsonObject &o) { return !inner(o); };
    }
    return parsePrimary(error);
}

ODataFilter::Predicate ODataFilter::parsePrimary(QString *error)
{
    if (peek().kind == Token::LParen) {
        ++m_pos;
        if (!enter(error))
            return nullptr;
        Predicate inner = parseOr(error);
        --m_depth;
        if (!inner || !expect(Token::RParen, error))
            return nullptr;
        return inner;
    }
    if (peek().kind == Token::Ident && m_pos + 1 < m_tokens.size() &&
        m_tokens[m_pos + 1].kind == Token::LParen) {
        const QString fn = peek().text.toLower();
        if (fn == QLatin1String("contains") || fn == QLatin1String("startswith") ||
            fn == QLatin1String("endswith")) {
            m_pos += 2;
            Value a = parseValue(error);
            if (!a || !expect(Token::Comma, error))
                return nullptr;
            Value b = parseValue(error);
            if (!b || !expect(Token::RParen, error))
                return nullptr;
            return [fn, a, b](const QJsonObject &o) {
                const QString x = asString(a(o));
                const QString y = asString(b(o));
                if (fn == QLatin1String("contains"))
                    return x.contains(y);
                if (fn == QLatin1String("startswith"))
                    return x.startsWith(y);
                return x.endsWith(y);
            };
        }
    }
    Value left = parseValue(error);
    if (!left)
        return nullptr;
    bool negate = false;
    if (acceptWord("ne"))
        negate = true;
    else if (!acceptWord("eq")) {
        *error = QStringLiteral("expected 'eq' or 'ne' near '%1'").arg(peek().text);
        return nullptr;
    }
    Value right = parseValue(error);
    if (!right)
        return nullptr;
    return [left, right, negate](const QJsonObject &o) { return valuesEqual(left(o), right(o)) != negate; };
}

ODataFilter::Value ODataFilter::parseValue(QString *error)
{
    const Token t = peek();
    switch (t.kind) {
    case Token::String: {
        ++m_pos;
        const QJsonValue v(t.text);
        return [v](const QJsonObject &) { return v; };
    }
    case Token::Number: {
        ++m_pos;
        const QJsonValue v(t.text.toDouble());
        return [v](const QJsonObject &) { return v; };
    }
    case Token::Ident: {
        ++m_pos;
        const QString word = t.text;
        const QString lower = word.toLower();
        if (peek().kind == Token::LParen &&
            (lower == QLatin1String("tolower") || lower == QLatin1String("toupper") ||
             lower == QLatin1String("trim"))) {
            ++m_pos;
            if (!enter(error))
                return nullptr;
            Value inner = parseValue(error);
            --m_depth;
            if (!inner || !expect(Token::RParen, error))
                return nullptr;
            return [inner, lower](const QJsonObject &o) {
                const QString s = asString(inner(o));
                if (lower == QLatin1String("tolower"))
                    return QJsonValue(s.toLower());
                if (lower == QLatin1String("toupper"))
                    return QJsonValue(s.toUpper());
                return QJsonValue(s.trimmed());
            };
        }
        if (lower == QLatin1String("true") || lower == QLatin1String("false")) {
            const QJsonValue v(lower == QLatin1String("true"));
            return [v](const QJsonObject &) { return v; };
        }
        if (lower == QLatin1String("null"))
            return [](const QJsonObject &) { return QJsonValue(QJsonValue::Null); };
        // Field names are matched case-insensitively against the wire JSON.
        return [word](const QJsonObject &o) -> QJsonValue {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key().compare(word, Qt::CaseInsensitive) == 0)
                    return it.value();
            }
            return QJsonValue(QJsonValue::Undefined);
        };
    }
    default:
        *error = QStringLiteral("unexpected '%1'").arg(t.text);
        return nullptr;
    }
}

} // namespace emu
