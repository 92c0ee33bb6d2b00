#!/usr/bin/env python3
"""Generates the oracle files that TokensTest checks Tokens.estimate against.

The reference is dd-trace-py's `_est_tokens`: it counts the matches of the
regex below and returns round((1.5 * (len(s) / 4) + 0.5 * (n * 0.75)) / 2),
where round() is Python's banker's rounding and len() counts code points.
This script runs that exact computation with Python's own `re` module, so
the Java port is checked against the real regex engine, not a re-reading of it.

To regenerate (from the repository root), then commit both outputs:

    python3 runtime/src/test/resources/tokens/make_oracle.py

It writes, next to this script:

  estimate-oracle.tsv  one case a line: expected<TAB>len<TAB>matches<TAB>hex,
                       where hex is the UTF-8 encoding of the input string,
                       len its code point count and matches the regex match
                       count (the last two only help diagnose failures).
  word-chars.tsv       the code point ranges (inclusive, hex) that Python's
                       `\\w` matches, and those that are unassigned (Cn) in
                       Python's Unicode database: kind<TAB>first<TAB>last.

Lines starting with '#' are comments. The output is deterministic.
"""

import os
import random
import re
import sys
import unicodedata

PATTERN = re.compile(r"[\w']+|[.,!?;~@#$%^&*()+/-]")
HERE = os.path.dirname(os.path.abspath(__file__))


def est_tokens(s):
    """The reference estimator, written as dd-trace-py writes it."""
    matches = PATTERN.findall(s)
    return round((1.5 * (len(s) / 4) + 0.5 * (len(matches) * 0.75)) / 2), len(matches)


def handwritten():
    cases = [
        "",
        "hello world",
        "Hello world, how are you?",
        "    hello    ",
        " ",
        "\t\n\r ",
        "a",
        "ab",
        "abc",
        "don't",
        "don't stop",
        "'",
        "''",
        "' '",
        "rock 'n' roll",
        "it's a dog's life, isn't it?",
        "_",
        "__init__",
        "snake_case_name",
        "camelCaseName",
        "x1 y22 z333",
        "3.14159",
        "1,000,000",
        "-42",
        "a-b-c",
        "2+2=4",
        "50% off!!!",
        "user@example.com",
        "#hashtag $price ^caret &amp *star (paren) +plus /slash ~tilde",
        ".,!?;~@#$%^&*()+/-",
        "...",
        "?!",
        "a.b,c!d?e;f~g@h#i$j%k^l&m*n(o)p+q/r-s",
        "\"<>=[]{}|\\`:",
        "<<>>",
        "===",
        "{}[]",
        "a:b",
        "key: value",
        "|pipe|",
        "back\\slash",
        "`code`",
        "\"quoted\"",
        "The quick brown fox jumps over the lazy dog.",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
        "tempor incididunt ut labore et dolore magna aliqua.",
        "It was the best of times, it was the worst of times; it was the age of "
        "wisdom, it was the age of foolishness...",
        "def add(a, b):\n    return a + b\n",
        "for (int i = 0; i < n; i++) { sum += a[i]; }",
        "public static void main(String[] args) {\n  System.out.println(\"hi\");\n}",
        "SELECT id, name FROM users WHERE age >= 18 ORDER BY name;",
        "<html><body><p class=\"x\">Hi &amp; bye</p></body></html>",
        '{"role": "user", "content": "What is the capital of France?"}',
        '{"a":1,"b":[true,false,null],"c":{"d":"e"}}',
        "[1, 2, 3, 4, 5]",
        "https://example.com/path/to/page?query=1&other=two#frag",
        "C:\\Users\\me\\file.txt",
        "/usr/local/bin/python3",
        "2024-01-15T10:30:00Z",
        "$ ls -la | grep foo > out.txt",
        "   leading",
        "trailing   ",
        "  both  ends  ",
        "multiple     spaces     between",
        "tabs\tand\tnewlines\nmixed\r\n",
        "\n\n\n\n",
        " " * 100,
        "\u00a0non\u00a0breaking\u00a0spaces",
        "\u2003em\u2002en\u3000ideographic",
        "zero\u200bwidth\u200cjoiner\u200d",
        # Greek, Cyrillic, accented Latin
        "Καλημέρα κόσμε",
        "Ελληνικά: αβγδε, ΑΒΓΔΕ!",
        "Привет, мир!",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "café résumé naïve façade",
        "Ångström Øre Æsir œuvre straße",
        "Crème brûlée à la carte",
        # combining marks (decomposed forms)
        "cafe\u0301",
        "re\u0301sume\u0301",
        "n\u0303",
        "a\u0300\u0301\u0302\u0303",
        "\u0301",
        "\u0301\u0302 x",
        "Z\u0351\u036b\u0343a\u0310\u0324l\u0354g\u0351o",
        # CJK, Japanese, Korean
        "你好，世界！",
        "我爱北京天安门",
        "日本語のテキストです。",
        "ひらがな カタカナ 漢字",
        "한국어 텍스트입니다.",
        "中文 English 混合 text",
        "一二三四五六七八九十",
        # Arabic, Hebrew, Devanagari, Thai
        "مرحبا بالعالم",
        "السلام عليكم، كيف حالك؟",
        "٠١٢٣٤٥٦٧٨٩",
        "שלום עולם",
        "नमस्ते दुनिया",
        "हिन्दी में लिखा गया पाठ।",
        "०१२३४५६७८९",
        "สวัสดีชาวโลก",
        # emoji and supplementary planes
        "😀",
        "😀😀😀",
        "hello 👋 world 🌍!",
        "👨‍👩‍👧‍👦",
        "🇫🇷🇩🇪",
        "👍🏽 ok",
        "\U00020000\U00020001 CJK ext B",
        "𝐀𝐁𝐂 bold math",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "𝟎𝟏𝟐 math digits",
        "\U0001d7ce\U0001d7cf",
        "𐍈 gothic hwair",
        "\U00010140 greek acrophonic",
        "\U0001f600abc\U0001f600",
        "a\U0001d400b",
        # numerics beyond Nd
        "x² + y² = z²",
        "H₂O and CO₂",
        "¼ ½ ¾",
        "Ⅻ o'clock",
        "Chapter Ⅳ, section ⅲ",
        "①②③ circled",
        "⑴⑵ parenthesized",
        "〇〡〢 hangzhou",
        # letter-like symbols and modifiers
        "ª º",
        "ʰʲ modifier letters",
        "ǅungla",
        "ℕ ℤ ℚ ℝ",
        "™ © ®",
        "° ± × ÷",
        "€100 £50 ¥1000",
        "«quoted» „German“ “smart” ‘single’",
        "it’s curly",
        "em—dash en–dash",
        "ellipsis…",
        "¡Hola! ¿Qué tal?",
        "•bullet • points",
        "§ 12 ¶ 3",
        "←↑→↓ arrows",
        "∑∏∫ math",
        "■□▲△ shapes",
        "♠♣♥♦",
        "✓ done ✗ failed",
        "\u00ad soft hyphen",
        "\ufeffBOM start",
        "\x00\x01\x7f controls",
        # long inputs
        "word " * 400,
        "abc, def! ghi? " * 150,
        "日本語" * 300,
        "😀 " * 250,
        ("The model replied: 'Sure! Here are 3 options: (a) foo, (b) bar, (c) baz.' "
         * 40),
        "x" * 5000,
        "-" * 1000,
        "=" * 1000,
    ]
    # Exact .5 cases: 3 * t / 16 with t = len + n lands on .5 exactly when
    # t == 8 (mod 16); half-even rounding then picks the even neighbour.
    cases += [
        " " * 8,  # t 8: 1.5 -> 2 (odd floor rounds up)
        " " * 24,  # t 24: 4.5 -> 4 (even floor rounds down)
        " " * 40,  # t 40: 7.5 -> 8
        " " * 56,  # t 56: 10.5 -> 10
        "abcdefg",  # t 7 + 1: 1.5 -> 2
        "x" * 23,  # t 24: 4.5 -> 4
        "x" * 39,  # t 40: 7.5 -> 8
        "x" * 55,  # t 56: 10.5 -> 10
        "....",  # t 4 + 4: 1.5 -> 2
        "." * 12,  # t 12 + 12: 4.5 -> 4
        "\U0001f600" * 8,  # code points, not UTF-16 units: t 8 -> 2
        "\U0001f600" * 24,  # t 24 -> 4
        # neighbours of the .5 cases
        " " * 7,  # t 7: 1.3125 -> 1
        " " * 9,  # t 9: 1.6875 -> 2
        " " * 23,  # t 23: 4.3125 -> 4
        " " * 25,  # t 25: 4.6875 -> 5
    ]
    return cases


def generated():
    """Seeded random mixtures of every character class the estimator sees."""
    rng = random.Random(20260101)
    pools = [
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "0123456789",
        "_'",
        ".,!?;~@#$%^&*()+/-",
        "\"<>=[]{}|\\`:",
        " \t\n",
        "αβγδεΩЖщё",
        "éèêñçüöÅß",
        "\u0301\u0308\u0327\u093f\u0e31",
        "中文字日本한국",
        "²³¹½Ⅻⅳ①٣३",
        "😀🌍👋\U00020000\U0001d400\U0001d7ce",
        "\u00a0\u2003\u200b\u00ad…—’“”«»",
    ]
    out = []
    for i in range(110):
        length = rng.choice([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144])
        # bias each string towards a few pools so runs actually form
        chosen = rng.sample(pools, rng.randint(1, 4))
        s = "".join(rng.choice(rng.choice(chosen)) for _ in range(length))
        out.append(s)
    return out


def write_oracle(path):
    cases = handwritten() + generated()
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("# Generated by make_oracle.py with Python %s, Unicode %s. Do not edit.\n"
                % (sys.version.split()[0], unicodedata.unidata_version))
        f.write("# expected<TAB>len<TAB>matches<TAB>hex(utf-8 of input)\n")
        for s in cases:
            expected, n = est_tokens(s)
            f.write("%d\t%d\t%d\t%s\n" % (expected, len(s), n, s.encode("utf-8").hex()))
    return len(cases)


def ranges(pred):
    start = None
    for cp in range(0x110001):
        inside = cp < 0x110000 and pred(cp)
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            yield start, cp - 1
            start = None


def write_word_chars(path):
    word = re.compile(r"\w")
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("# Generated by make_oracle.py with Python %s, Unicode %s. Do not edit.\n"
                % (sys.version.split()[0], unicodedata.unidata_version))
        f.write("# kind<TAB>first<TAB>last (hex, inclusive); kind is 'word' for Python's"
                " \\w, 'unassigned' for category Cn\n")
        for a, b in ranges(lambda cp: word.match(chr(cp)) is not None):
            f.write("word\t%x\t%x\n" % (a, b))
        for a, b in ranges(lambda cp: unicodedata.category(chr(cp)) == "Cn"):
            f.write("unassigned\t%x\t%x\n" % (a, b))


def main():
    n = write_oracle(os.path.join(HERE, "estimate-oracle.tsv"))
    write_word_chars(os.path.join(HERE, "word-chars.tsv"))
    print("wrote %d oracle cases" % n)


if __name__ == "__main__":
    main()
