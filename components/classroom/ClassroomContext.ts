'use client';

import { createContext, useContext } from 'react';
import type { TeacherSession } from '@/lib/classroom/teacher';
import type { StudentSession } from '@/lib/classroom/student';

/** This deck's part in a class: the presenter window may teach; a student's deck follows. */
export type ClassroomRole = { kind: 'teacher'; session: TeacherSession } | { kind: 'student'; session: StudentSession; code: string };

export const ClassroomContext = createContext<ClassroomRole | null>(null);

/** Where the widget store keeps what the projector shows for the class (join card, results). */
export const SCREEN_KEY = 'classroom:screen';

/**
 * How a check or prediction reports an answer: sent to the teacher on a student's device,
 * nothing anywhere else (reading page, teacher's own windows).
 */
export function useClassAnswer(): (question: string, value: string | number) => void {
  const role = useContext(ClassroomContext);
  return role?.kind === 'student' ? role.session.answer : ignore;
}

const ignore = () => undefined;
