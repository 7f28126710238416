import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/content/detect-language";
import { ArticleParseError, parseArticle } from "@/lib/content/parse-article";

const root = path.resolve(import.meta.dirname, "../../..");
const md = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n${body}\n`;

const spanish =
  "El Gobierno de España aprobó este martes un nuevo paquete de medidas económicas para hacer frente a la subida de los precios de la energía. Según el Ministerio de Economía, las ayudas alcanzarán a más de cuatro millones de hogares y tendrán un coste de 3.000 millones de euros.";
const others: [string, string][] = [
  ["French", "Le gouvernement français a présenté mercredi son projet de budget pour l'année prochaine, qui prévoit une baisse du déficit public à 4,4 % du produit intérieur brut."],
  ["German", "Die Bundesregierung hat am Mittwoch einen Gesetzentwurf zur Förderung erneuerbarer Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen bis 2030 insgesamt 80 Prozent des Stroms aus Wind- und Solarenergie stammen."],
  ["Portuguese", "O governo brasileiro anunciou nesta segunda-feira um novo programa de investimentos em infraestrutura, com previsão de R$ 60 bilhões em recursos até 2026. Segundo o ministro da Fazenda, as obras devem gerar cerca de dois milhões de empregos."],
  ["Dutch", "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken. Volgens de minister moeten er de komende tien jaar 900.000 nieuwe woningen worden gebouwd."],
  ["Vietnamese", "Kim ngạch thương mại song phương năm ngoái đạt 3,6 tỷ USD, tăng 8% so với năm trước. Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng, giáo dục và du lịch."],
];

describe("non-English articles are refused", () => {
  it("a Spanish upload gets a plain error naming the language", () => {
    expect(() => parseArticle("noticia.md", md("Nuevas ayudas", spanish))).toThrow(
      new ArticleParseError("noticia.md", "this article looks like Spanish; only English articles can be turned into questions"),
    );
  });

  it("the Spanish fixture article (tests/fixtures/articles/non-english) is refused", () => {
    const file = "tests/fixtures/articles/non-english/valencia-aprueba-plan-vivienda-2026.md";
    expect(() => parseArticle(path.basename(file), fs.readFileSync(path.join(root, file), "utf8"))).toThrow(/this article looks like Spanish; only English articles/);
  });

  it.each(others)("%s is detected", (language, text) => {
    expect(detectLanguage(text)).toEqual({ english: false, language });
  });

  it("a short Spanish sentence is refused too", () => {
    expect(detectLanguage("El Banco Central subió los tipos de interés al 5% para frenar la inflación.").english).toBe(false);
  });
});

describe("English articles are accepted", () => {
  it("every article in content/ and the fixtures", () => {
    for (const dir of ["content", "tests/fixtures/articles", "tests/fixtures/articles/blind", "tests/fixtures/articles/blind-2026-11"]) {
      for (const f of fs.readdirSync(path.join(root, dir)).filter((n) => n.endsWith(".md"))) {
        expect(() => parseArticle(f, fs.readFileSync(path.join(root, dir, f), "utf8")), f).not.toThrow();
      }
    }
  });

  it("an English paragraph full of Vietnamese and Russian names (franc-min alone calls it Indonesian)", () => {
    const names =
      "Nguyen Phu Trong, Vo Van Thuong, Pham Minh Chinh and Vuong Dinh Hue met Mishustin, Chernyshenko, Novak and Lavrov in Hanoi. Delegates included Tran Thanh Man, Bui Thanh Son, Le Minh Khai, Nguyen Chi Dung, Dmitry Patrushev, Sergei Shoigu, Anton Siluanov and Maxim Reshetnikov. Vietcombank, BIDV, Agribank, VietinBank, Gazprombank, Sberbank and VTB signed memoranda with the visitors.";
    expect(detectLanguage(names)).toEqual({ english: true, language: null });
  });

  it("a short English article and a table-only article", () => {
    expect(detectLanguage("The central bank raised interest rates to 5% to curb inflation.").english).toBe(true);
    expect(detectLanguage("| Team | Played | Won | Points |\n|---|---|---|---|\n| Brighton | 20 | 12 | 44 |\n| Arsenal | 20 | 11 | 40 |\n| Fulham | 20 | 8 | 31 |").english).toBe(true);
  });
});
