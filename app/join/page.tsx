import { redirect } from "next/navigation";

// Typing a code happens on the Classes page; a bare /join link goes there.
export default function JoinIndexPage() {
  redirect("/classes");
}
