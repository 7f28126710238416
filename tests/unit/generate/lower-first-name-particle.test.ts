import { describe, expect, it } from "vitest";
import { lowerFirst } from "@/lib/generate/build-question";

// Strict read S0 item 49: "By what percentage does rhumeries de Karukera’s ... rise": a name's particle between two
// capitalised words keeps the name's capital. All text here is invented.
describe("lowerFirst", () => {
  it("keeps a name with a particle ('Laiterie de Valdora’s') and lowers a common opening", () => {
    expect(lowerFirst("Laiterie de Valdora’s net profit")).toBe("Laiterie de Valdora’s net profit");
    expect(lowerFirst("The dairy’s revenue")).toBe("the dairy’s revenue");
  });
});
