"use server";

import { authorized } from "@/lib/server/action";
import { createOwnCard, CreateOwnCardSchema, deleteOwnCard, OwnCardIdSchema, updateOwnCard, UpdateOwnCardSchema } from "@/lib/server/own-cards";

// Each action re-checks the caller through `authorized`, and every query below it is scoped to that caller's cards.
export const createOwnCardAction = authorized("cards:own", CreateOwnCardSchema, (input, user) => createOwnCard(user.id, input));

export const updateOwnCardAction = authorized("cards:own", UpdateOwnCardSchema, (input, user) => updateOwnCard(user.id, input));

export const deleteOwnCardAction = authorized("cards:own", OwnCardIdSchema, (input, user) => deleteOwnCard(user.id, input));
