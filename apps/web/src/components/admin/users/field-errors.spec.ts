import { describe, expect, it } from 'vitest';
import { formErrors } from './field-errors';

const failure = (status: number, message: string, issues?: { path: string; message: string }[]) =>
  ({
    ok: false,
    status,
    message,
    error: { statusCode: status, error: 'Error', message, ...(issues ? { issues } : {}) },
  }) as const;

describe('formErrors', () => {
  it('puts each issue beside its field, and the ones no field shows above the form', () => {
    const errors = formErrors(
      failure(400, '3 invalid fields', [
        { path: 'email', message: 'Enter an e-mail address' },
        { path: 'password', message: 'At least 12 characters' },
        { path: '(root)', message: 'Change at least one of name, role, active or locale' },
      ]),
      ['email', 'name', 'password'],
    );
    expect(errors).toEqual({
      fields: { email: 'Enter an e-mail address', password: 'At least 12 characters' },
      form: 'Change at least one of name, role, active or locale',
    });
  });

  it('reads the field a conflict names at the start of its message', () => {
    expect(
      formErrors(failure(409, 'email: Another account already uses this e-mail address'), ['email']),
    ).toEqual({
      fields: { email: 'Another account already uses this e-mail address' },
      form: null,
    });
  });

  it('keeps a message that names no field of the form, or none at all', () => {
    const lastAdmin =
      'This is the last active administrator of the tenant: make another user an administrator first';
    expect(formErrors(failure(409, lastAdmin), ['role'])).toEqual({ fields: {}, form: lastAdmin });
    expect(
      formErrors({ ok: false, status: null, error: null, message: 'Could not reach the server.' }, ['name']),
    ).toEqual({ fields: {}, form: 'Could not reach the server.' });
  });
});
