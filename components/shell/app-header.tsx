import { SignOutButton } from "@/components/auth/sign-out-button";
import { Brand } from "./brand";
import { MainNav } from "./main-nav";

export function AppHeader({ userName }: { userName: string }) {
  return (
    <header className="bg-faro-800 text-white shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Brand />
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <MainNav />
        </div>
        <div className="ml-auto flex items-center gap-3">
          <span className="hidden text-sm text-faro-100 sm:inline" title="Sesión iniciada">
            {userName}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
