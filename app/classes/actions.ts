"use server";

import { authorized } from "@/lib/server/action";
import { AssignDeckSchema, assignDeck, changeAssignmentDueDate, ChangeDueDateSchema, UnassignDeckSchema, unassignDeck } from "@/lib/server/assignments";
import { getRequestClientAddress } from "@/lib/server/client-address";
import {
  archiveClass,
  ClassIdSchema,
  createClass,
  deleteClass,
  CreateClassSchema,
  joinClass,
  JoinClassSchema,
  removeLearner,
  RemoveLearnerSchema,
  renameClass,
  RenameClassSchema,
  restoreLearner,
} from "@/lib/server/classes";

export const createClassAction = authorized("class:manage", CreateClassSchema, (input, user) => createClass(user.id, input));

export const archiveClassAction = authorized("class:manage", ClassIdSchema, ({ classId }, user) => archiveClass(user.id, classId, new Date()));

export const removeLearnerAction = authorized("class:manage", RemoveLearnerSchema, ({ classId, userId }, user) =>
  removeLearner(user.id, classId, userId, new Date()),
);

export const restoreLearnerAction = authorized("class:manage", RemoveLearnerSchema, ({ classId, userId }, user) => restoreLearner(user.id, classId, userId));

export const joinClassAction = authorized("class:join", JoinClassSchema, async ({ code }, user) => joinClass({ userId: user.id, address: await getRequestClientAddress() }, code, new Date()));

export const assignDeckAction = authorized("assignment:manage", AssignDeckSchema, (input, user) => assignDeck(user.id, input));

export const unassignDeckAction = authorized("assignment:manage", UnassignDeckSchema, (input, user) => unassignDeck(user.id, input));

export const renameClassAction = authorized("class:manage", RenameClassSchema, (input, user) => renameClass(user.id, input));

export const deleteClassAction = authorized("class:manage", ClassIdSchema, ({ classId }, user) => deleteClass(user.id, classId));

export const changeDueDateAction = authorized("assignment:manage", ChangeDueDateSchema, (input, user) => changeAssignmentDueDate(user.id, input));
