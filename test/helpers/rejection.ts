// The CredentialError a promise rejects with; fails the test when it resolves or rejects with something else.
import { expect } from './harness.js';
import { CredentialError } from '../../src/errors.js';

export async function rejection(promise: Promise<unknown>): Promise<CredentialError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CredentialError);
    return error as CredentialError;
  }
  throw new Error('expected a rejection');
}
