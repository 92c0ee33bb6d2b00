package dev.tracepoet.benchmarks.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes the token benchmark's corpus ({@code src/main/resources/corpus/*.txt}): four parts of
 * roughly 90 KB each, English prose, source code, JSON and non-Latin text, each a series of
 * documents separated by a line holding only {@value Corpus#SEPARATOR}. Every sentence, template and
 * word list below was written for this project; the output is deterministic (fixed seed) and is
 * committed, so the figures do not depend on this generator. Licence: CC0 1.0 (public domain
 * dedication), like the corpus itself.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.tracepoet.benchmarks.tokens.CorpusGenerator benchmarks/src/main/resources/corpus}
 */
public final class CorpusGenerator {
  private static final int PART_BYTES = 90_000;

  private final Random random = new Random(20_260_101L);

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main/resources/corpus");
    Files.createDirectories(dir);
    CorpusGenerator generator = new CorpusGenerator();
    generator.write(dir.resolve("english.txt"), generator::english);
    generator.write(dir.resolve("code.txt"), generator::code);
    generator.write(dir.resolve("json.txt"), generator::json);
    generator.write(dir.resolve("nonlatin.txt"), generator::nonLatin);
  }

  private void write(Path file, java.util.function.Supplier<String> document) throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.toString().getBytes(StandardCharsets.UTF_8).length < PART_BYTES) {
      if (text.length() > 0) {
        text.append('\n').append(Corpus.SEPARATOR).append('\n');
      }
      text.append(document.get());
    }
    text.append('\n');
    Files.writeString(file, text, StandardCharsets.UTF_8);
    System.out.println(file + ": " + Files.size(file) + " bytes");
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  // ------------------------------------------------------------------ English prose

  private static final String[] PEOPLE = {
    "Maya", "the on-call engineer", "our support lead", "Dr. Okafor", "the new intern", "Tomás",
    "the platform team", "Priya", "a customer in Lisbon", "the release manager", "Jun", "Elena"
  };
  private static final String[] THINGS = {
    "the nightly export job", "the billing service", "a flaky integration test", "the search index",
    "the mobile app's login screen", "the cache in front of the database", "our weekly report",
    "the payment gateway", "the onboarding checklist", "the rate limiter", "a forgotten cron job",
    "the documentation site"
  };
  private static final String[] SENTENCES = {
    "{p} noticed that {t} had been slower than usual since Tuesday, and nobody could say why.",
    "After three cups of coffee, {p} finally traced the problem to {t}.",
    "It's not that {t} was broken; it simply did more work than anyone had asked it to do.",
    "\"Can we roll it back?\" asked {p}, looking at the graphs with growing alarm.",
    "The fix itself took ten minutes, but writing down what had happened took the rest of the afternoon.",
    "{p} suggested we measure before changing anything, which, in hindsight, saved the whole week.",
    "Numbers don't lie, but they do leave things out: the average hid a long tail of requests that took {n} seconds.",
    "We agreed on a simple rule: every alert must say what to do next, or it will be deleted.",
    "By Friday, {t} answered in {n} milliseconds again, and {p} went home early for the first time in a month.",
    "Some lessons are cheap; this one cost us {n} hours of sleep and a very polite apology to {p}.",
    "The migration plan fits on a single page, which is exactly why {p} trusts it.",
    "If you can't explain a change in two sentences, you probably shouldn't ship it on a Friday.",
    "{p} wrote the postmortem in plain words, without blame, and it was read by more people than any design document.",
    "There were {n} open tickets about {t}, most of them duplicates and all of them slightly different.",
    "Old systems are rarely as fragile as they look; they are fragile exactly where nobody looks.",
    "The weather in the mountains changed quickly, so the hikers turned back before the ridge.",
    "She planted tomatoes, basil and a row of sunflowers that grew taller than the fence by August.",
    "The library closes at eight, but the reading room upstairs stays open for students until midnight.",
    "He learned to bake bread during the long winter, and now the whole street knows when it's Saturday.",
    "A good map shows you where you are; a great one shows you what you'll find when you get there.",
    "The train was {n} minutes late, which gave {p} just enough time to finish the crossword.",
    "Her grandmother's recipe called for \"a handful\" of flour, which turned out to be about 180 grams.",
    "On the first clear night of spring, the whole village climbed the hill to watch the comet.",
    "Why do we remember the melody of a song long after we've forgotten its words?",
    "The museum's newest exhibit explains, with maps and letters, how the canal changed the town's fortunes.",
    "Nobody expected the quiet accountant to win the chess tournament, least of all himself.",
    "Rain again; the cat refused to go outside and instead supervised {p} from the windowsill.",
    "Every language has a word for the feeling of coming home, but few of them translate well.",
    "The committee met for {n} hours and decided, in the end, to meet again next Thursday.",
    "Good tools disappear: you stop noticing them, and start noticing the work."
  };

  private String english() {
    StringBuilder doc = new StringBuilder();
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        doc.append("\n\n");
      }
      int sentences = 3 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          doc.append(' ');
        }
        doc.append(
            pick(SENTENCES)
                .replace("{p}", pick(PEOPLE))
                .replace("{t}", pick(THINGS))
                .replace("{n}", Integer.toString(2 + random.nextInt(400))));
      }
    }
    String text = doc.toString();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  // ------------------------------------------------------------------ source code

  private static final String[] NOUNS = {
    "order", "invoice", "customer", "session", "token", "payload", "report", "batch", "record",
    "account", "message", "shipment", "quota", "span", "request", "entry"
  };
  private static final String[] VERBS = {
    "load", "validate", "parse", "render", "merge", "resolve", "flush", "compute", "encode", "split",
    "retry", "normalize", "publish", "schedule"
  };

  private String cap(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private String code() {
    switch (random.nextInt(4)) {
      case 0:
        return javaClass();
      case 1:
        return pythonModule();
      case 2:
        return typescriptModule();
      default:
        return sqlAndShell();
    }
  }

  private String javaClass() {
    String noun = pick(NOUNS);
    String type = cap(noun) + pick(new String[] {"Service", "Repository", "Parser", "Handler", "Cache"});
    StringBuilder c = new StringBuilder();
    c.append("package com.example.").append(noun).append(";\n\n");
    c.append("import java.util.ArrayList;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\n\n");
    c.append("/** Handles ").append(noun).append("s: loading, validation and caching. */\n");
    c.append("public final class ").append(type).append(" {\n");
    c.append("  private static final int MAX_").append(noun.toUpperCase()).append("S = ").append(100 + random.nextInt(9000)).append(";\n");
    c.append("  private final Map<String, ").append(cap(noun)).append("> byId;\n\n");
    int methods = 2 + random.nextInt(4);
    for (int m = 0; m < methods; m++) {
      String verb = pick(VERBS);
      String other = pick(NOUNS);
      c.append("  /**\n   * ").append(cap(verb)).append("s the ").append(other).append(" of a ").append(noun)
          .append(", or returns empty if it is missing.\n   */\n");
      c.append("  public Optional<").append(cap(other)).append("> ").append(verb).append(cap(other))
          .append("(String ").append(noun).append("Id, int limit) {\n");
      c.append("    if (").append(noun).append("Id == null || ").append(noun).append("Id.isBlank()) {\n");
      c.append("      throw new IllegalArgumentException(\"").append(noun).append("Id must not be blank\");\n    }\n");
      c.append("    List<").append(cap(other)).append("> found = new ArrayList<>();\n");
      c.append("    for (int i = 0; i < Math.min(limit, MAX_").append(noun.toUpperCase()).append("S); i++) {\n");
      c.append("      ").append(cap(noun)).append(" item = byId.get(").append(noun).append("Id + \"-\" + i);\n");
      c.append("      if (item != null && item.").append(other).append("() != null) {\n");
      c.append("        found.add(item.").append(other).append("());\n      }\n    }\n");
      c.append("    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));\n  }\n\n");
    }
    c.append("  @Override\n  public String toString() {\n    return \"").append(type)
        .append("{size=\" + byId.size() + '}';\n  }\n}");
    return c.toString();
  }

  private String pythonModule() {
    String noun = pick(NOUNS);
    StringBuilder c = new StringBuilder();
    c.append("\"\"\"Utilities for ").append(noun).append(" processing.\"\"\"\n\n");
    c.append("from __future__ import annotations\n\nimport json\nimport logging\nfrom dataclasses import dataclass, field\n\n");
    c.append("log = logging.getLogger(__name__)\n\n\n@dataclass\nclass ").append(cap(noun)).append(":\n");
    c.append("    id: str\n    amount: float = 0.0\n    tags: list[str] = field(default_factory=list)\n\n\n");
    int functions = 2 + random.nextInt(4);
    for (int f = 0; f < functions; f++) {
      String verb = pick(VERBS);
      c.append("def ").append(verb).append('_').append(noun).append("s(items: list[").append(cap(noun))
          .append("], threshold: float = ").append(random.nextInt(100)).append(".5) -> dict[str, float]:\n");
      c.append("    \"\"\"").append(cap(verb)).append(" the ").append(noun).append("s above the threshold.\"\"\"\n");
      c.append("    result: dict[str, float] = {}\n    for item in items:\n");
      c.append("        if item.amount > threshold and \"skip\" not in item.tags:\n");
      c.append("            result[item.id] = round(item.amount * ").append(1 + random.nextInt(9)).append(", 2)\n");
      c.append("        else:\n            log.debug(\"skipping %s (%.2f)\", item.id, item.amount)\n");
      c.append("    return result\n\n\n");
    }
    c.append("if __name__ == \"__main__\":\n    print(json.dumps(").append(pick(VERBS)).append('_').append(noun)
        .append("s([").append(cap(noun)).append("(\"a-1\", 12.5)]), indent=2))");
    return c.toString();
  }

  private String typescriptModule() {
    String noun = pick(NOUNS);
    String verb = pick(VERBS);
    StringBuilder c = new StringBuilder();
    c.append("import { z } from \"zod\";\n\n");
    c.append("export const ").append(cap(noun)).append("Schema = z.object({\n  id: z.string().uuid(),\n  count: z.number().int().min(0),\n  label: z.string().max(")
        .append(32 + random.nextInt(200)).append("),\n});\n\n");
    c.append("export type ").append(cap(noun)).append(" = z.infer<typeof ").append(cap(noun)).append("Schema>;\n\n");
    c.append("export async function ").append(verb).append(cap(noun)).append("s(url: string, signal?: AbortSignal): Promise<")
        .append(cap(noun)).append("[]> {\n");
    c.append("  const response = await fetch(`${url}/").append(noun).append("s?limit=").append(10 + random.nextInt(90))
        .append("`, { signal });\n");
    c.append("  if (!response.ok) {\n    throw new Error(`HTTP ${response.status}: ${await response.text()}`);\n  }\n");
    c.append("  const body: unknown = await response.json();\n  return z.array(").append(cap(noun))
        .append("Schema).parse(body).filter((x) => x.count > 0 && !x.label.startsWith(\"tmp-\"));\n}\n\n");
    c.append("// ").append(cap(verb)).append(" at most once per ").append(1 + random.nextInt(60)).append(" seconds.\n");
    c.append("const cache = new Map<string, { at: number; value: ").append(cap(noun)).append("[] }>();");
    return c.toString();
  }

  private String sqlAndShell() {
    String noun = pick(NOUNS);
    String other = pick(NOUNS);
    StringBuilder c = new StringBuilder();
    c.append("-- ").append(cap(noun)).append("s per ").append(other).append(", last ").append(1 + random.nextInt(30)).append(" days\n");
    c.append("SELECT o.").append(other).append("_id, COUNT(*) AS n, SUM(o.amount_cents) / 100.0 AS total\n");
    c.append("FROM ").append(noun).append("s o\nJOIN ").append(other).append("s x ON x.id = o.").append(other).append("_id\n");
    c.append("WHERE o.created_at >= NOW() - INTERVAL '").append(1 + random.nextInt(30)).append(" days'\n  AND o.status IN ('open', 'paid')\n");
    c.append("GROUP BY o.").append(other).append("_id\nHAVING COUNT(*) > ").append(random.nextInt(10)).append("\nORDER BY total DESC\nLIMIT 50;\n\n");
    c.append("#!/usr/bin/env bash\nset -euo pipefail\n");
    c.append("for f in ./data/").append(noun).append("-*.csv; do\n");
    c.append("  echo \"importing $f\" >&2\n  psql \"$DATABASE_URL\" -c \"\\\\copy ").append(noun)
        .append("s FROM '$f' WITH (FORMAT csv, HEADER true)\"\ndone\n");
    c.append("grep -c ERROR /var/log/").append(noun).append(".log || true");
    return c.toString();
  }

  // ------------------------------------------------------------------ JSON

  private static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "gpt-4.1", "o3-mini", "gpt-3.5-turbo"};
  private static final String[] ROLES = {"system", "user", "assistant"};
  private static final String[] CONTENTS = {
    "You are a helpful assistant that answers briefly.",
    "Summarise this ticket: the export job fails at 02:00 with a timeout.",
    "What is the capital of Australia?",
    "Translate \\\"good morning\\\" into French, Spanish and German.",
    "Write a haiku about continuous integration.",
    "The answer is 42, but the question is still unclear.",
    "Here are three options: (1) retry, (2) back off, (3) give up and alert a human.",
    "Napi \\u00e1ll\\u00e1s: a k\\u00e9szlet 17 darab.",
    "Convert 72\\u00b0F to Celsius and explain the formula."
  };

  private String json() {
    StringBuilder j = new StringBuilder();
    if (random.nextBoolean()) {
      j.append("{\"model\":\"").append(pick(MODELS)).append("\",\"temperature\":")
          .append(random.nextInt(11) / 10.0).append(",\"max_tokens\":").append(16 << random.nextInt(6))
          .append(",\"messages\":[");
      int messages = 1 + random.nextInt(6);
      for (int m = 0; m < messages; m++) {
        if (m > 0) {
          j.append(',');
        }
        j.append("{\"role\":\"").append(ROLES[m == 0 ? 0 : 1 + (m % 2)]).append("\",\"content\":\"")
            .append(pick(CONTENTS)).append("\"}");
      }
      j.append("],\"user\":\"user-").append(1000 + random.nextInt(9000)).append("\",\"stream\":")
          .append(random.nextBoolean()).append(",\"metadata\":{\"tenant\":\"acme-")
          .append(random.nextInt(50)).append("\",\"trace\":\"").append(Long.toHexString(random.nextLong()))
          .append("\"}}");
    } else {
      j.append("{\n  \"id\": \"chatcmpl-").append(Long.toString(Math.abs(random.nextLong()), 36))
          .append("\",\n  \"object\": \"chat.completion\",\n  \"created\": ")
          .append(1_700_000_000 + random.nextInt(50_000_000)).append(",\n  \"model\": \"")
          .append(pick(MODELS)).append("\",\n  \"choices\": [\n");
      int choices = 1 + random.nextInt(3);
      for (int c = 0; c < choices; c++) {
        j.append("    {\n      \"index\": ").append(c).append(",\n      \"message\": {\"role\": \"assistant\", \"content\": \"")
            .append(pick(CONTENTS)).append("\"},\n      \"finish_reason\": \"")
            .append(random.nextInt(4) == 0 ? "length" : "stop").append("\"\n    }")
            .append(c + 1 < choices ? ",\n" : "\n");
      }
      int prompt = 5 + random.nextInt(500);
      int completion = 1 + random.nextInt(300);
      j.append("  ],\n  \"usage\": {\"prompt_tokens\": ").append(prompt).append(", \"completion_tokens\": ")
          .append(completion).append(", \"total_tokens\": ").append(prompt + completion)
          .append("},\n  \"system_fingerprint\": \"fp_").append(Integer.toHexString(random.nextInt()))
          .append("\",\n  \"latency_ms\": ").append(random.nextInt(5000) / 10.0).append("\n}");
    }
    return j.toString();
  }

  // ------------------------------------------------------------------ non-Latin text

  private static final String[][] NON_LATIN = {
    { // Chinese (Simplified)
      "今天的天气很好，我们决定去公园散步。",
      "这个系统每天处理大约三百万个请求。",
      "请在周五之前把报告发给我，谢谢！",
      "他花了整整一个下午才找到问题的原因。",
      "图书馆晚上八点关门，但阅览室开到午夜。",
      "如果你不能用两句话解释这个改动，就不要在星期五发布。",
      "我们的团队有十二个人，分布在三个城市。",
      "春天来了，山上的花都开了。"
    },
    { // Japanese
      "明日の会議は午前十時から始まります。",
      "このサービスは一秒間に数千件のリクエストを処理できます。",
      "駅の近くに新しいパン屋さんができました。",
      "問題の原因は古い設定ファイルでした。",
      "週末は家族と一緒に山へハイキングに行きました。",
      "ドキュメントを読んでから質問してください。",
      "東京の夏はとても暑くて、湿気も多いです。",
      "猫は窓辺で一日中外を眺めていた。"
    },
    { // Korean
      "오늘 회의는 오후 세 시에 시작합니다.",
      "이 버그는 지난주 배포 이후에 처음 발견되었습니다.",
      "주말에 친구들과 함께 바닷가에 갔어요.",
      "새로운 기능은 다음 달에 출시될 예정입니다.",
      "도서관은 저녁 여덟 시에 문을 닫습니다.",
      "그녀는 매일 아침 한 시간씩 책을 읽는다."
    },
    { // Russian
      "Сегодня вечером мы обсудим план миграции базы данных.",
      "Поезд опоздал на двадцать минут, и я успел дочитать книгу.",
      "Эта функция возвращает пустой список, если ничего не найдено.",
      "Весной в горах погода меняется очень быстро.",
      "Пожалуйста, проверьте журнал ошибок перед тем, как перезапускать сервис.",
      "Бабушкин рецепт требовал «горсть» муки, то есть около ста восьмидесяти граммов.",
      "Хорошие инструменты незаметны: ты просто делаешь свою работу."
    },
    { // Arabic
      "سيبدأ الاجتماع غداً في الساعة العاشرة صباحاً.",
      "هذه الخدمة تعالج آلاف الطلبات في كل ثانية.",
      "ذهبنا إلى السوق القديم واشترينا الخبز والزيتون.",
      "يرجى قراءة الوثائق قبل طرح السؤال.",
      "المكتبة تغلق أبوابها في الساعة الثامنة مساءً."
    },
    { // Hindi
      "कल सुबह दस बजे बैठक शुरू होगी।",
      "यह सेवा हर सेकंड हज़ारों अनुरोधों को संभालती है।",
      "हम सप्ताहांत में पहाड़ों पर घूमने गए थे।",
      "कृपया प्रश्न पूछने से पहले दस्तावेज़ पढ़ें।",
      "बारिश के मौसम में गाँव बहुत सुंदर लगता है।"
    },
    { // Greek
      "Η συνάντηση θα ξεκινήσει αύριο στις δέκα το πρωί.",
      "Αυτή η υπηρεσία επεξεργάζεται χιλιάδες αιτήματα κάθε δευτερόλεπτο.",
      "Το καλοκαίρι πήγαμε στα νησιά με το πλοίο.",
      "Παρακαλώ διαβάστε την τεκμηρίωση πριν κάνετε ερώτηση."
    },
    { // Thai
      "การประชุมจะเริ่มพรุ่งนี้เวลาสิบโมงเช้า",
      "ระบบนี้รองรับคำขอหลายพันรายการต่อวินาที",
      "เราไปเที่ยวทะเลกับครอบครัวในวันหยุด"
    },
    { // Hebrew
      "הפגישה תתחיל מחר בשעה עשר בבוקר.",
      "השירות הזה מטפל באלפי בקשות בכל שנייה.",
      "בבקשה קראו את התיעוד לפני ששואלים שאלה."
    }
  };

  private String nonLatin() {
    String[] language = NON_LATIN[random.nextInt(NON_LATIN.length)];
    StringBuilder doc = new StringBuilder();
    int sentences = 6 + random.nextInt(14);
    boolean spaced = language != NON_LATIN[0] && language != NON_LATIN[1];
    for (int s = 0; s < sentences; s++) {
      if (s > 0 && s % 5 == 0) {
        doc.append('\n');
      } else if (s > 0 && spaced) {
        doc.append(' ');
      }
      doc.append(pick(language));
    }
    return doc.toString();
  }
}
